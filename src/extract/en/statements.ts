import type { StatementFinding, TextSpan } from '../analysis';
import type { EnglishContext } from './context';
import {
  clauseEnd,
  gapWords,
  sentenceEnd,
  speakerAt,
  speakerEndingBefore,
  speakerStartingNear,
  speechVerbAt,
  speechVerbs,
  withArticle,
  type Speaker,
} from './speakers';
import { isPunct } from './token-tests';

/**
 * What people and offices said: direct quotes (`“…,” said X`, `“…,” X said`, `X said: “…”`),
 * reported speech (`X said (that) …`, `X told reporters that …`, `…, the ministry said.`) and
 * sources (`according to X`). The speaker must be a named person or organisation, or a pronoun
 * pointing back at one; `officials said` has no speaker and yields nothing.
 */

/** Who is the source of the words in a stretch of text, for events reported there. */
export interface Attribution {
  speakerKey: string;
  /** The attributing words (`Albuquerque Viana said`, `according to the ministry`). */
  evidence: TextSpan;
  /** The text the attribution covers. */
  covers: { start: number; end: number };
}

export interface StatementReading {
  statements: StatementFinding[];
  attributions: Attribution[];
  /** Direct quotes, whose words are not read for events. */
  quotes: { start: number; end: number }[];
}

export function findStatements(context: EnglishContext): StatementReading {
  const reading: StatementReading = { statements: [], attributions: [], quotes: [] };
  const usedVerbs = new Set<number>();
  directQuotes(context, reading, usedVerbs);
  reportedSpeech(context, reading, usedVerbs);
  accordingTo(context, reading);
  reading.statements.sort((a, b) => a.evidence.start - b.evidence.start);
  return reading;
}

function directQuotes(context: EnglishContext, reading: StatementReading, usedVerbs: Set<number>): void {
  const { doc } = context;
  let previous: { speaker: Speaker; paragraph: number } | undefined;
  for (const match of doc.text.matchAll(/“([^”\n]*)”|"([^"\n]*)"/gu)) {
    const open = doc.points.fromUtf16(match.index);
    const close = doc.points.fromUtf16(match.index + match[0].length); // after the closing mark
    reading.quotes.push({ start: open, end: close });
    const inner = doc.points.slice(open + 1, close - 1);
    const trimmed = inner.replace(/[\s,]+$/u, '');
    const leading = inner.length - inner.trimStart().length;
    const quote = doc.span(open + 1 + leading, open + 1 + Array.from(trimmed).length);
    if (quote.end <= quote.start) continue;
    const paragraph = doc.sentenceAt(open)?.paragraph ?? 0;
    const found = speakerAfter(context, close, usedVerbs) ?? speakerBefore(context, open, usedVerbs);
    let speaker = found?.speaker;
    let evidence = found?.evidence;
    let rule = found ? `en.statement.quote.${found.where}` : '';
    let confidence = found ? (found.speaker.viaPronoun ? 0.7 : 0.9) : 0;
    if (!found && previous && previous.paragraph === paragraph) {
      speaker = previous.speaker;
      evidence = quote;
      rule = 'en.statement.quote.continued';
      confidence = 0.6;
    }
    if (!speaker || !evidence) continue;
    previous = { speaker, paragraph };
    reading.statements.push({
      kind: 'direct_quote',
      speakerKey: speaker.key,
      evidence,
      quote,
      sentence: doc.sentenceAt(evidence.start)?.index ?? 0,
      rule,
      confidence,
    });
    const sentence = doc.sentenceAt(evidence.start);
    if (sentence) reading.attributions.push({ speakerKey: speaker.key, evidence, covers: sentence });
  }
}

/** `“…,” said X` or `“…,” X said`, the evidence running to the end of the clause. */
function speakerAfter(
  context: EnglishContext,
  close: number,
  usedVerbs: Set<number>,
): { speaker: Speaker; evidence: TextSpan; where: string } | undefined {
  const { doc } = context;
  let index = doc.tokenFrom(close);
  if (isPunct(doc.tokens[index], ',')) index++;
  const token = doc.tokens[index];
  if (!token) return undefined;
  const verb = speechVerbAt(context, token.start);
  if (verb) {
    const speaker = speakerStartingNear(context, verb.end, 6);
    if (!speaker) return undefined;
    usedVerbs.add(verb.start);
    return { speaker, evidence: doc.span(verb.start, speaker.end), where: 'said-after' };
  }
  const speaker = speakerAt(context, token.start);
  if (!speaker) return undefined;
  const after = doc.tokenFrom(speaker.end);
  const spoken = doc.tokens[after] && speechVerbAt(context, doc.tokens[after]!.start);
  if (!spoken) return undefined;
  usedVerbs.add(spoken.start);
  return { speaker, evidence: doc.span(speaker.start, clauseEnd(context, spoken.end)), where: 'said-after' };
}

/** `X said: “…”` or `X said, “…”`. */
function speakerBefore(
  context: EnglishContext,
  open: number,
  usedVerbs: Set<number>,
): { speaker: Speaker; evidence: TextSpan; where: string } | undefined {
  const { doc } = context;
  let index = doc.tokenTo(open) - 1;
  if (isPunct(doc.tokens[index], ':,')) index--;
  const token = doc.tokens[index];
  if (!token) return undefined;
  const sentence = doc.sentenceAt(token.start);
  const verbs = sentence ? speechVerbs(context, sentence.start, token.end) : [];
  const verb = verbs.at(-1);
  if (!verb || verb.end !== token.end) return undefined;
  const speaker = speakerEndingBefore(context, verb.start, sentence!.start);
  if (!speaker) return undefined;
  usedVerbs.add(verb.start);
  return { speaker, evidence: doc.span(speaker.start, verb.end), where: 'said-before' };
}

function reportedSpeech(context: EnglishContext, reading: StatementReading, usedVerbs: Set<number>): void {
  const { doc } = context;
  for (const sentence of doc.sentences) {
    for (const verb of speechVerbs(context, sentence.start, sentence.end)) {
      if (usedVerbs.has(verb.start)) continue;
      if (reading.quotes.some((quote) => verb.start >= quote.start && verb.start < quote.end)) continue;
      const end = sentenceEnd(context, sentence);
      const tail = tailAttribution(context, verb, sentence.start, end);
      if (tail) {
        usedVerbs.add(verb.start);
        const evidence = doc.span(withArticle(context, tail.start), clauseEnd(context, verb.end));
        reading.statements.push({
          kind: tail.kind === 'Organization' ? 'announcement' : 'reported_speech',
          speakerKey: tail.key,
          evidence,
          sentence: sentence.index,
          rule: 'en.statement.reported.tail',
          confidence: tail.viaPronoun ? 0.6 : 0.8,
        });
        reading.attributions.push({ speakerKey: tail.key, evidence, covers: sentence });
        continue;
      }
      const speaker =
        speakerEndingBefore(context, verb.start, sentence.start) ??
        coordinatedSubject(context, verb, sentence.start);
      if (!speaker) continue;
      usedVerbs.add(verb.start);
      const adjacent = gapWords(context, speaker.end, verb.start) <= 2;
      const evidence = doc.span(withArticle(context, speaker.start), end);
      reading.statements.push({
        kind: speaker.kind === 'Organization' ? 'announcement' : 'reported_speech',
        speakerKey: speaker.key,
        evidence,
        sentence: sentence.index,
        rule: adjacent ? 'en.statement.reported.head' : 'en.statement.reported.coordinated',
        confidence: speaker.viaPronoun ? 0.6 : adjacent ? 0.8 : 0.65,
      });
      reading.attributions.push({
        speakerKey: speaker.key,
        evidence: adjacent ? doc.span(speaker.start, verb.end) : verb,
        covers: evidence,
      });
    }
  }
}

/** `according to X`: X is the source of the sentence. */
function accordingTo(context: EnglishContext, reading: StatementReading): void {
  const { doc } = context;
  for (const match of doc.text.matchAll(/\baccording to (?:the |a )?/giu)) {
    const start = doc.points.fromUtf16(match.index);
    const after = doc.points.fromUtf16(match.index + match[0].length);
    if (reading.quotes.some((quote) => start >= quote.start && start < quote.end)) continue;
    const speaker = speakerAt(context, after);
    if (!speaker || speaker.viaPronoun) continue;
    const sentence = doc.sentenceAt(start);
    const evidence = doc.span(start, speaker.end);
    reading.statements.push({
      kind: speaker.kind === 'Organization' ? 'announcement' : 'reported_speech',
      speakerKey: speaker.key,
      evidence,
      sentence: sentence?.index ?? 0,
      rule: 'en.statement.according-to',
      confidence: 0.75,
    });
    if (sentence) reading.attributions.push({ speakerKey: speaker.key, evidence, covers: sentence });
  }
}

/** `…, Rwanda’s Ministry of Infrastructure said.` / `…, the embassy said on Friday.` */
function tailAttribution(
  context: EnglishContext,
  verb: TextSpan,
  sentenceStart: number,
  sentenceEnd: number,
): Speaker | undefined {
  const { doc } = context;
  const rest = doc.points.slice(verb.end, sentenceEnd);
  if (!/^(?:\s+(?:on|in|at|late|earlier|this)\b[^,]*)?(?:,\s*according\b.*)?\s*$/u.test(rest))
    return undefined;
  const speaker = speakerEndingBefore(context, verb.start, sentenceStart);
  if (!speaker) return undefined;
  const before = doc.tokens[doc.tokenTo(withArticle(context, speaker.start)) - 1];
  return isPunct(before, ',') ? speaker : undefined;
}

/** `Mukankusi thanked Qatar … and said …`: the person opening the sentence, when `and` joins. */
function coordinatedSubject(
  context: EnglishContext,
  verb: TextSpan,
  sentenceStart: number,
): Speaker | undefined {
  const { doc } = context;
  const previous = doc.tokens[doc.tokenTo(verb.start) - 1];
  if (previous?.norm !== 'and') return undefined;
  const first = speakerAt(context, sentenceStart);
  return first && first.kind === 'Person' ? first : undefined;
}
