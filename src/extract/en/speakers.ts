import type { NameMention, TextSpan } from '../analysis';
import type { EnglishContext } from './context';
import { SPEECH_VERB } from './lexicon/speech-verbs';
import { findReferences } from './references';
import { isPunct } from './token-tests';

/** Who speaks where: speakers next to saying verbs, and the clauses around them. */

export const SPEAKER_KINDS = ['Person', 'Organization'] as const;

export interface Speaker {
  key: string;
  start: number;
  end: number;
  kind: 'Person' | 'Organization';
  viaPronoun: boolean;
}

export function speechVerbs(context: EnglishContext, start: number, end: number): TextSpan[] {
  const { doc } = context;
  const text = doc.points.slice(start, end);
  return [...text.matchAll(SPEECH_VERB)].map((match) => {
    const from = start + Array.from(text.slice(0, match.index)).length;
    return doc.span(from, from + Array.from(match[0]).length);
  });
}

export function speechVerbAt(context: EnglishContext, offset: number): TextSpan | undefined {
  const sentence = context.doc.sentenceAt(offset);
  if (!sentence) return undefined;
  return speechVerbs(context, offset, sentence.end).find((verb) => verb.start === offset);
}

function mentionToSpeaker(mention: NameMention): Speaker {
  return {
    key: mention.key,
    start: mention.start,
    end: mention.end,
    kind: mention.kind as Speaker['kind'],
    viaPronoun: false,
  };
}

/** A named speaker, or `he`/`she`, starting at an offset. */
export function speakerAt(context: EnglishContext, offset: number): Speaker | undefined {
  const mention = context.book.startingAt(offset, [...SPEAKER_KINDS]);
  if (mention) return mentionToSpeaker(mention);
  const token = context.doc.tokens[context.doc.tokenFrom(offset)];
  if (!token || token.start !== offset || !/^(?:he|she)$/u.test(token.norm)) return undefined;
  const [reference] = findReferences(context, token.start, token.end).filter((ref) => ref.of === 'Person');
  return (
    reference && {
      key: reference.keys[0]!,
      start: token.start,
      end: token.end,
      kind: 'Person',
      viaPronoun: true,
    }
  );
}

/** The first speaker starting within a few tokens after an offset (`said Rwanda’s Minister X`). */
export function speakerStartingNear(
  context: EnglishContext,
  offset: number,
  tokens: number,
): Speaker | undefined {
  const { doc } = context;
  const first = doc.tokenFrom(offset);
  for (let index = first; index < Math.min(doc.tokens.length, first + tokens + 8); index++) {
    const token = doc.tokens[index]!;
    if (isPunct(token, '.;!?')) return undefined;
    const person = context.book.startingAt(token.start, ['Person']);
    if (person) return mentionToSpeaker(person);
    const organization = index - first <= tokens && context.book.startingAt(token.start, ['Organization']);
    if (organization) return mentionToSpeaker(organization);
    const pronoun = index === first ? speakerAt(context, token.start) : undefined;
    if (pronoun) return pronoun;
  }
  return undefined;
}

/** The speaker right before a verb: adjacent, or with an adverb or two (`also`, `later`). */
export function speakerEndingBefore(
  context: EnglishContext,
  verbStart: number,
  limit: number,
): Speaker | undefined {
  const { doc } = context;
  const candidates = context.book
    .within(limit, verbStart, [...SPEAKER_KINDS])
    .filter(
      (mention) =>
        (gapWords(context, mention.end, verbStart) <= 2 && !hasPunct(context, mention.end, verbStart)) ||
        closesApposition(context, mention, verbStart),
    );
  const outer = candidates.filter(
    (mention) =>
      !candidates.some(
        (other) => other !== mention && other.start <= mention.start && other.end >= mention.end,
      ),
  );
  const mention = outer.sort((a, b) => b.end - a.end)[0];
  if (mention) return mentionToSpeaker(mention);
  const previous = doc.tokens[doc.tokenTo(verbStart) - 1];
  return previous && previous.start >= limit ? speakerAt(context, previous.start) : undefined;
}

/** `…’s ambassador, Hirut Zemene, said`: a person set off by commas right before the verb. */
function closesApposition(context: EnglishContext, mention: NameMention, verbStart: number): boolean {
  const { doc } = context;
  const between = doc.tokens.slice(doc.tokenFrom(mention.end), doc.tokenTo(verbStart));
  const before = doc.tokens[doc.tokenTo(mention.start) - 1];
  return (
    mention.kind === 'Person' && between.length === 1 && isPunct(between[0], ',') && isPunct(before, ',')
  );
}

export function gapWords(context: EnglishContext, from: number, to: number): number {
  const { doc } = context;
  return doc.tokenTo(to) - doc.tokenFrom(from);
}

function hasPunct(context: EnglishContext, from: number, to: number): boolean {
  const { doc } = context;
  return doc.tokens.slice(doc.tokenFrom(from), doc.tokenTo(to)).some((token) => token.type === 'punct');
}

/** Starts evidence at a `the` right before a name (`the Embassy of Rwanda in Japan said`). */
export function withArticle(context: EnglishContext, start: number): number {
  const { doc } = context;
  const previous = doc.tokens[doc.tokenTo(start) - 1];
  return previous?.norm === 'the' && previous.end === start - 1 ? previous.start : start;
}

/** End of the clause after an offset: the next comma, or the sentence's final punctuation. */
export function clauseEnd(context: EnglishContext, offset: number): number {
  const { doc } = context;
  const sentence = doc.sentenceAt(offset);
  const end = sentence ? sentenceEnd(context, sentence) : offset;
  for (let index = doc.tokenFrom(offset); index < doc.tokens.length; index++) {
    const token = doc.tokens[index]!;
    if (token.start >= end) break;
    if (isPunct(token, ',;:')) return doc.tokens[index - 1]!.end;
  }
  return end;
}

/** A sentence's end without its final punctuation and closing quotes. */
export function sentenceEnd(context: EnglishContext, sentence: { start: number; end: number }): number {
  const text = context.doc.points.slice(sentence.start, sentence.end);
  const trimmed = text.replace(/[.!?;:\s]+$/u, '');
  return sentence.start + Array.from(trimmed).length;
}
