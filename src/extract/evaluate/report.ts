import type { Score } from '../conll/score';
import { score } from '../conll/score';
import type { Tally } from './compare';

const percent = (value: number) => (value * 100).toFixed(1);

/** A Markdown table of precision, recall and F1, one row per measure. */
export function scoreTable(rows: readonly [string, Tally | Score][]): string {
  const lines = [
    '| measure | precision | recall | F1 | predicted | gold | correct |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const [name, tally] of rows) {
    const s = 'f1' in tally ? tally : score(tally.correct, tally.predicted, tally.gold);
    lines.push(
      `| ${name} | ${percent(s.precision)} | ${percent(s.recall)} | ${percent(s.f1)} | ${s.predicted} | ${s.gold} | ${s.correct} |`,
    );
  }
  return lines.join('\n');
}
