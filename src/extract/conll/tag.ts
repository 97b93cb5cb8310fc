import type { Analysis, NameKind } from '../analysis';
import type { ConllSentence, NerType } from './conll-file';

const TYPE_OF_KIND: Partial<Record<NameKind, NerType>> = {
  Person: 'PER',
  Organization: 'ORG',
  Initiative: 'ORG',
  Country: 'LOC',
  Place: 'LOC',
};

/**
 * BIO tags for tokens from what the analysis found: names of people, organizations and places,
 * and dates. A token is tagged when it lies inside a found span; the first of a span gets B-.
 */
export function tagTokens(
  analysis: Analysis,
  sentences: readonly ConllSentence[],
  offsets: readonly number[][],
): ConllSentence[] {
  const spans = [
    ...analysis.names.flatMap((name) => {
      const type = TYPE_OF_KIND[name.kind];
      return type ? [{ start: name.start, end: name.end, type }] : [];
    }),
    ...analysis.dates.map((date) => ({ start: date.start, end: date.end, type: 'DATE' as NerType })),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  return sentences.map((sentence, s) =>
    sentence.map((token, t) => {
      const start = offsets[s]![t]!;
      const span = spans.find((candidate) => start >= candidate.start && start < candidate.end);
      if (!span) return { text: token.text, tag: 'O' };
      const previousStart = t > 0 ? offsets[s]![t - 1]! : -1;
      const inside = previousStart >= span.start && previousStart < span.end;
      return { text: token.text, tag: `${inside ? 'I' : 'B'}-${span.type}` };
    }),
  );
}
