import path from 'node:path';
import { findArticleFolders } from '../../../src/ingest/prepare-article';
import { evaluateSet } from '../../../src/extract/evaluate/evaluate-set';
import { score } from '../../../src/extract/conll/score';
import { PROJECT_ROOT } from '../../../src/project-root';

/**
 * A floor under the drafts' quality on the development set (the gold the rules were written
 * against): a change that breaks a rule family shows up here, not only in the benchmark. The
 * floors sit a few points under the figures in bench/results/extraction.md.
 */
describe('draft quality on the development gold set', () => {
  const folders = [
    ...findArticleFolders(path.join(PROJECT_ROOT, 'data', 'articles')),
    ...findArticleFolders(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'articles')),
  ];
  const { totals } = evaluateSet(folders);
  const f1 = (measure: keyof typeof totals) => {
    const tally = totals[measure];
    return score(tally.correct, tally.predicted, tally.gold).f1;
  };

  it('when every gold article is drafted, then at least ten were scored', () => {
    expect(folders.length).toBeGreaterThanOrEqual(10);
  });

  it.each([
    ['entities: Country', 0.95],
    ['entities: Person', 0.9],
    ['mentions', 0.9],
    ['events', 0.8],
    ['participants with roles', 0.7],
    ['event status', 0.75],
    ['event dates', 0.65],
  ] as const)('when %s are scored, then F1 stays at or above %s', (measure, floor) => {
    expect(f1(measure)).toBeGreaterThanOrEqual(floor);
  });
});
