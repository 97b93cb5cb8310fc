import type { DraftEventStatus, EventFinding, TextSpan } from '../analysis';
import type { NlpVerb } from './compromise';
import type { EnglishContext } from './context';
import { DONE_PARTICIPLES, NEUTRAL_VERBS, RESCHEDULED, STATUS_MARKERS } from './lexicon/status-cues';
import { SPEECH_VERB } from './lexicon/speech-verbs';

/**
 * An event's status from tense and aspect around its cue, kept with the words that mark it.
 * Markers that change a plan (`postponed`, `cancelled`) win; then the cue's own verb group
 * (`will visit`, `agreed to meet`, `met`), or for a noun the verb that governs it (`made a working
 * visit`, `held a phone call`), a participle after it (`talks held`, `statement issued`) or the
 * verb it is the subject of (`talks … were continuing`). compromise gives the tense; the words
 * are kept either way.
 */

type Status = NonNullable<EventFinding['status']>;

export interface CueSite {
  cue: TextSpan;
  /** The cue read as a verb (its own tense counts) or as a noun (the verb around it counts). */
  asVerb: boolean;
  /** Where other cues of the sentence begin and end: markers are looked for inside. */
  scope: { start: number; end: number };
}

export function readStatus(context: EnglishContext, site: CueSite): Status | undefined {
  const change = changeMarker(context, site);
  if (change) return change;
  if (!site.asVerb) return nounStatus(context, site);
  const status = verbStatus(context, site, verbAt(context, site.cue) ?? guessVerb(site.cue));
  // Keep the whole cue in the words: `held talks`, `presented her credentials`.
  if (status && status.words.end < site.cue.end && status.words.start <= site.cue.start) {
    return { ...status, words: context.doc.span(status.words.start, site.cue.end) };
  }
  return status;
}

/** `postponed`, `cancelled` up to twenty tokens after the cue or four before it. */
function changeMarker(context: EnglishContext, site: CueSite): Status | undefined {
  const from = Math.max(site.scope.start, tokenOffset(context, site.cue.start, -4));
  const to = Math.min(site.scope.end, tokenOffset(context, site.cue.end, 20));
  for (const marker of STATUS_MARKERS.slice(0, 2)) {
    const [words] = matchesIn(context, from, to, marker.pattern);
    if (!words) continue;
    // `…was postponed in May, and … should now take place in September`: planned again.
    const [again] = matchesIn(context, words.end, site.scope.end, RESCHEDULED);
    if (marker.value === 'postponed' && again)
      return { value: 'planned', words: again, rule: 'en.status.rescheduled' };
    return { value: marker.value, words, rule: marker.rule };
  }
  return undefined;
}

function verbStatus(context: EnglishContext, site: CueSite, verb: NlpVerb): Status | undefined {
  const windowStart = Math.max(site.scope.start, tokenOffset(context, verb.start, -4));
  for (const marker of STATUS_MARKERS.slice(2)) {
    const words = matchesIn(context, windowStart, verb.end, marker.pattern).find(
      (match) => match.end >= verb.start - 1,
    );
    if (words)
      return {
        value: marker.value,
        words: context.doc.span(words.start, Math.max(words.end, verb.end)),
        rule: marker.rule,
      };
  }
  return fromTense(context, verb, context.doc.span(verb.start, verb.end), 'verb');
}

function nounStatus(context: EnglishContext, site: CueSite): Status | undefined {
  const { doc } = context;
  const verbs = context.nlp.verbs;
  // The verb the noun is the object of: `made a working visit`, `will hold talks`.
  const governing = verbs
    .filter((verb) => verb.end <= site.cue.start && verb.start >= site.scope.start)
    .filter(
      (verb) =>
        tokensBetween(context, verb.end, site.cue.start) <= 3 &&
        !punctBetween(context, verb.end, site.cue.start) &&
        !prepositionBetween(context, verb.end, site.cue.start),
    )
    .at(-1);
  if (governing && !NEUTRAL_VERBS.test(lastWord(governing.text))) {
    const marked = verbStatus(context, site, governing);
    if (marked) return { ...marked, words: doc.span(marked.words.start, site.cue.end) };
  }
  // A participle right after it: `talks held in Berlin`, `a visit planned for May`.
  const next = doc.tokens[doc.tokenFrom(site.cue.end)];
  if (next && DONE_PARTICIPLES.test(next.text)) {
    return {
      value: 'occurred',
      words: doc.span(site.cue.start, next.end),
      rule: 'en.status.past-participle',
    };
  }
  if (next?.norm === 'planned' || next?.norm === 'scheduled') {
    return { value: 'planned', words: doc.span(site.cue.start, next.end), rule: 'en.status.planned' };
  }
  // The verb it is the subject of: `talks … were continuing`, `the meeting will take place`.
  const limit = Math.min(site.scope.end, tokenOffset(context, site.cue.end, 15));
  for (const marker of STATUS_MARKERS.slice(2)) {
    const [words] = matchesIn(context, site.cue.end, limit, marker.pattern);
    if (words) return { value: marker.value, words, rule: `${marker.rule}.predicate` };
  }
  const predicate = verbs.find((verb) => verb.start >= site.cue.end && verb.end <= limit && !isSpeech(verb));
  if (predicate && predicate.tense === 'PastTense' && !/^(?:were|was)$/iu.test(predicate.text)) {
    return {
      value: 'occurred',
      words: doc.span(predicate.start, predicate.end),
      rule: 'en.status.past-tense.predicate',
    };
  }
  // The sentence's verb before it: `discussed energy cooperation at a meeting in Kigali`.
  const earlier = verbs
    .filter((verb) => verb.end <= site.cue.start && verb.start >= site.scope.start && !isSpeech(verb))
    .at(-1);
  if (earlier) {
    const status = fromTense(context, earlier, context.doc.span(earlier.start, earlier.end), 'clause');
    if (status && status.value === 'occurred') return status;
  }
  return undefined;
}

function fromTense(
  context: EnglishContext,
  verb: NlpVerb,
  words: TextSpan,
  source: 'verb' | 'clause',
): Status | undefined {
  void context;
  let value: DraftEventStatus | undefined;
  let rule = '';
  if (verb.tense === 'FutureTense') [value, rule] = ['planned', 'en.status.future-tense'];
  else if (/progressive/u.test(verb.form) && /continu|negotiat/u.test(verb.infinitive))
    [value, rule] = ['ongoing', 'en.status.progressive'];
  else if (verb.tense === 'PastTense') [value, rule] = ['occurred', 'en.status.past-tense'];
  if (!value) return undefined;
  return { value, words, rule: source === 'clause' ? `${rule}.clause` : rule };
}

/** compromise's verb group ending with the cue (`will visit`, `had met`). */
function verbAt(context: EnglishContext, cue: TextSpan): NlpVerb | undefined {
  return context.nlp.verbs.find(
    (verb) => verb.start <= cue.start && verb.end >= cue.start && verb.end <= cue.end + 1,
  );
}

/** When compromise reads no verb, the cue's own ending says past or not. */
function guessVerb(cue: TextSpan): NlpVerb {
  const past = /(?:ed|met|held|spoke|signed)\b/iu.test(cue.text);
  return { ...cue, tense: past ? 'PastTense' : '', form: '', auxiliary: '', infinitive: '' };
}

function isSpeech(verb: NlpVerb): boolean {
  return (
    new RegExp(SPEECH_VERB.source, 'u').test(verb.text) || /^(?:said|says|told|according)\b/iu.test(verb.text)
  );
}

function lastWord(text: string): string {
  return text.split(/\s+/u).at(-1) ?? text;
}

/** The offset `count` tokens before (negative) or after an offset. */
function tokenOffset(context: EnglishContext, offset: number, count: number): number {
  const { doc } = context;
  if (count < 0) {
    const index = Math.max(0, doc.tokenTo(offset) + count);
    return doc.tokens[index]?.start ?? 0;
  }
  const index = Math.min(doc.tokens.length - 1, doc.tokenFrom(offset) + count - 1);
  return doc.tokens[index]?.end ?? offset;
}

function tokensBetween(context: EnglishContext, from: number, to: number): number {
  return context.doc.tokenTo(to) - context.doc.tokenFrom(from);
}

/** `reviewed ties during talks`: a preposition means the noun is not the verb's object. */
function prepositionBetween(context: EnglishContext, from: number, to: number): boolean {
  const { doc } = context;
  return doc.tokens
    .slice(doc.tokenFrom(from), doc.tokenTo(to))
    .some((token) =>
      /^(?:during|at|in|on|of|after|before|with|for|from|to|by|since|until)$/u.test(token.norm),
    );
}

function punctBetween(context: EnglishContext, from: number, to: number): boolean {
  const { doc } = context;
  return doc.tokens.slice(doc.tokenFrom(from), doc.tokenTo(to)).some((token) => token.type === 'punct');
}

/** Matches of a pattern inside a code point range, as code point spans. */
export function matchesIn(context: EnglishContext, start: number, end: number, pattern: RegExp): TextSpan[] {
  const { doc } = context;
  if (end <= start) return [];
  const text = doc.points.slice(start, end);
  return [
    ...text.matchAll(
      new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`),
    ),
  ].map((match) => {
    const from = start + Array.from(text.slice(0, match.index)).length;
    return doc.span(from, from + Array.from(match[0]).length);
  });
}
