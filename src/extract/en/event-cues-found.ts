import type { TextSpan } from '../analysis';
import type { EnglishContext } from './context';
import { AGREEMENT_WORDS, EVENT_CUES, type EventCue } from './lexicon/event-cues';
import { matchesIn } from './status';

/** A cue word found in a sentence, with the part of the sentence that belongs to it. */
export interface CueHit {
  cue: EventCue;
  span: TextSpan;
  /** Read as a verb (its own tense counts) rather than a noun. */
  asVerb: boolean;
  /** 0-based sentence position. */
  sentence: number;
  scope: { start: number; end: number };
}

const NOUN_BEFORE =
  /^(?:a|an|the|this|that|his|her|their|its|our|official|planned|first|second|next|upcoming|two-day|three-day|\w+-day|’s|'s)$/u;

/**
 * Cue words in each sentence, outside direct quotes. Where cues overlap the longer wins; `visit`
 * as a verb needs a destination right after it (`visited Japan`, not `visited two colleges`),
 * `sign` needs an agreement word in the sentence.
 */
export function findCues(
  context: EnglishContext,
  quotes: readonly { start: number; end: number }[],
): CueHit[] {
  const { doc } = context;
  const hits: CueHit[] = [];
  doc.sentences.forEach((sentence, position) => {
    const found: { cue: EventCue; span: TextSpan }[] = [];
    for (const cue of EVENT_CUES) {
      for (const span of matchesIn(context, sentence.start, sentence.end, cue.pattern)) {
        if (quotes.some((quote) => span.start >= quote.start && span.start < quote.end)) continue;
        if (cue.needsAgreement && !AGREEMENT_WORDS.test(sentence.text)) continue;
        if (cue.needsDestination && !isVisitNoun(context, span) && !hasDestination(context, span)) continue;
        if (cue.needsCounterpart && !hasActorAfter(context, span)) continue;
        found.push({ cue, span });
      }
    }
    found.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
    const kept: { cue: EventCue; span: TextSpan }[] = [];
    for (const hit of found) {
      if (kept.some((other) => other.span.start < hit.span.end && hit.span.start < other.span.end)) continue;
      kept.push(hit);
    }
    kept.forEach((hit, index) => {
      hits.push({
        ...hit,
        asVerb: hit.cue.pos === 'verb' || (hit.cue.pos === 'either' && !afterDeterminer(context, hit.span)),
        sentence: position,
        scope: {
          start: kept[index - 1]?.span.end ?? sentence.start,
          end: kept[index + 1]?.span.start ?? sentence.end,
        },
      });
    });
  });
  return hits;
}

function isVisitNoun(context: EnglishContext, span: TextSpan): boolean {
  return /^visits?$/iu.test(span.text) && afterDeterminer(context, span);
}

function afterDeterminer(context: EnglishContext, span: TextSpan): boolean {
  const { doc } = context;
  const previous = doc.tokens[doc.tokenTo(span.start) - 1];
  return previous !== undefined && NOUN_BEFORE.test(previous.norm);
}

function hasDestination(context: EnglishContext, span: TextSpan): boolean {
  const { doc } = context;
  const next = doc.tokenFrom(span.end);
  for (let index = next; index < Math.min(doc.tokens.length, next + 3); index++) {
    const token = doc.tokens[index]!;
    if (token.type === 'punct') return false;
    if (context.book.startingAt(token.start, ['Country', 'Place', 'Organization'])) return true;
  }
  return false;
}

/** A person, a country or a title right after the cue, possibly after `the` or a possessive. */
function hasActorAfter(context: EnglishContext, span: TextSpan): boolean {
  const { doc } = context;
  const next = doc.tokenFrom(span.end);
  for (let index = next; index < Math.min(doc.tokens.length, next + 3); index++) {
    const token = doc.tokens[index]!;
    if (token.type === 'punct') return false;
    if (context.book.startingAt(token.start, ['Person', 'Country'])) return true;
  }
  return false;
}
