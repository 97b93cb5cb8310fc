import type { NameMention, StatementFinding } from '../analysis';
import type { RwDocument } from './document';
import type { NameIndex } from './name-index';
import { PhraseIndex } from './phrases';
import type { TitleHit } from './titles';

const SPEAKERS = ['Person', 'Organization', 'Country'] as const;

/**
 * What was said, and by whom:
 * - `X yagize ati “…”` / `Ati “…”`: a direct quote; the speaker is the person right before the
 *   cue, else the last person named before it;
 * - `X yavuze ko …`, `…, wavuze ko …`: reported speech, from the cue to the end of the sentence;
 * - `nk’uko byatangajwe na X`: an announcement by X (a title before X is skipped to its holder);
 * - `Nk’uko X ibivuga`: what X says (according to X), also recorded as an announcement.
 */
export function findStatements(
  doc: RwDocument,
  names: NameIndex,
  titles: readonly TitleHit[],
): StatementFinding[] {
  const { statements: cues } = doc.cues;
  const introducers = PhraseIndex.of(cues.quoteIntroducers);
  const reported = PhraseIndex.of(cues.reported);
  const announced = PhraseIndex.of(cues.announcementBy);
  const according = PhraseIndex.of(cues.accordingTo);
  const accordingVerbs = PhraseIndex.of(cues.accordingToVerbs);
  const speakers = names
    .all()
    .filter((name) => (SPEAKERS as readonly string[]).includes(name.kind))
    .sort((a, b) => a.start - b.start);
  const lastPersonBefore = (index: number): NameMention | undefined => {
    const offset = doc.tokens[index]!.start;
    return speakers.filter((name) => name.kind === 'Person' && name.end <= offset && !inQuote(name)).at(-1);
  };
  const inQuote = (name: NameMention): boolean => doc.isInQuote(names.rangeOf(name).from);
  const found: StatementFinding[] = [];

  for (let index = 0; index < doc.tokens.length; index++) {
    if (doc.isInQuote(index)) continue;
    const sentence = doc.sentenceOf[index]!;
    const intro = introducers.matchAt(doc.tokens, index);
    const quote = intro ? quoteAfter(doc, intro.to) : undefined;
    if (intro && quote) {
      const nameEnd = doc.isPunct(index - 1, ',') ? index - 1 : index;
      const adjacent = speakers.find((name) => name.kind === 'Person' && names.rangeOf(name).to === nameEnd);
      const speaker = adjacent ?? lastPersonBefore(index);
      if (speaker) {
        const evidenceFrom = adjacent ? names.rangeOf(adjacent).from : index;
        found.push({
          kind: 'direct_quote',
          speakerKey: speaker.key,
          evidence: doc.tokenSpan(evidenceFrom, intro.to),
          quote: doc.tokenSpan(quote.open + 1, quote.close),
          sentence,
          rule: adjacent ? 'rw.statement.quote.named-speaker' : 'rw.statement.quote.last-person',
          confidence: adjacent ? 0.9 : 0.7,
        });
      }
      index = quote.close;
      continue;
    }
    const report = reported.matchAt(doc.tokens, index);
    if (report) {
      const before = speakers.filter(
        (name) => names.rangeOf(name).to <= index && doc.sentenceOf[names.rangeOf(name).from] === sentence,
      );
      const nearest = before.filter((name) => name.kind === 'Person').at(-1) ?? before.at(-1);
      const speaker = nearest ?? lastPersonBefore(index);
      if (speaker) {
        found.push({
          kind: 'reported_speech',
          speakerKey: speaker.key,
          evidence: doc.tokenSpan(index, sentenceEnd(doc, index)),
          sentence,
          rule: nearest ? 'rw.statement.reported.same-sentence' : 'rw.statement.reported.last-person',
          confidence: nearest ? 0.8 : 0.6,
        });
      }
      index = report.to - 1;
      continue;
    }
    const announcement = announced.matchAt(doc.tokens, index);
    if (announcement) {
      const speaker = speakerAfter(doc, names, titles, announcement.to);
      if (speaker) {
        found.push({
          kind: 'announcement',
          speakerKey: speaker.key,
          evidence: doc.tokenSpan(index, speaker.to),
          sentence,
          rule: 'rw.statement.announced-by',
          confidence: 0.85,
        });
      }
      index = announcement.to - 1;
      continue;
    }
    const source = according.matchAt(doc.tokens, index);
    if (source) {
      const speaker = names.at(source.to, SPEAKERS);
      const verb = speaker ? accordingVerbs.matchAt(doc.tokens, names.rangeOf(speaker).to) : undefined;
      if (speaker && verb) {
        found.push({
          kind: 'announcement',
          speakerKey: speaker.key,
          evidence: doc.tokenSpan(index, verb.to),
          sentence,
          rule: 'rw.statement.according-to',
          confidence: 0.8,
        });
      }
    }
  }
  return found;
}

/** The quote opening right after a cue, past a colon or comma (`yagize ati: “…”`). */
function quoteAfter(doc: RwDocument, from: number): { open: number; close: number } | undefined {
  const open = doc.isPunct(from, ':,') ? from + 1 : from;
  return doc.quotes.find((quote) => quote.open === open);
}

/** One past the last word of the sentence holding `index` (its final stop left out). */
export function sentenceEnd(doc: RwDocument, index: number): number {
  let to = doc.sentenceTokens[doc.sentenceOf[index]!]!.to;
  while (to > index + 1 && doc.isPunct(to - 1)) to--;
  return to;
}

/**
 * Who `byatangajwe na` names: a person or organisation right after it, or the holder of the
 * title (chain) right after it, ending at that holder's name.
 */
export function speakerAfter(
  doc: RwDocument,
  names: NameIndex,
  titles: readonly TitleHit[],
  from: number,
): { key: string; to: number } | undefined {
  const direct = names.at(from, SPEAKERS);
  if (direct) return { key: direct.key, to: names.rangeOf(direct).to };
  let title = titles.find((hit) => hit.from === from);
  while (title?.chainedTo) title = title.chainedTo;
  const holderKey = title?.mention.holderKey;
  if (!title || !holderKey) return undefined;
  const holder = names
    .all()
    .find(
      (name) =>
        name.key === holderKey &&
        names.rangeOf(name).from >= title.to &&
        names.rangeOf(name).from <= title.to + 1,
    );
  return holder ? { key: holderKey, to: names.rangeOf(holder).to } : undefined;
}
