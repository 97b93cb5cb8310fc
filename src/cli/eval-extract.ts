import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gazetteer } from '../extract/extract-article';
import { evaluateSet } from '../extract/evaluate/evaluate-set';
import { ARTICLES_ROOT, findArticleFolders } from '../ingest/prepare-article';
import { PROJECT_ROOT } from '../project-root';
import { exitOnError } from './fail';

const FIXTURES = path.join(PROJECT_ROOT, 'tests', 'fixtures');
/**
 * Two gold sets. The development set (the curated first article and the fixtures the rules were
 * written against) shows what the rules do on text like what they were tuned on; the held-out
 * set was written after the rules and is never used to tune them, so its figures are the honest
 * ones.
 */
const GOLD_SETS = () => [
  {
    name: 'development set',
    folders: [...findArticleFolders(ARTICLES_ROOT), ...findArticleFolders(path.join(FIXTURES, 'articles'))],
  },
  { name: 'held-out set', folders: findArticleFolders(path.join(FIXTURES, 'held-out')) },
];
const RESULTS_FILE = path.join(PROJECT_ROOT, 'bench', 'results', 'extraction.md');

/**
 * npm run eval:extract — precision, recall and F1 per measure of the drafts against the gold
 * sets. Prints the report and writes bench/results/extraction.md.
 */
function main(): void {
  gazetteer();
  const sections: string[] = [];
  const timings: number[] = [];
  for (const set of GOLD_SETS()) {
    if (set.folders.length === 0) continue;
    const result = evaluateSet(set.folders);
    timings.push(...result.timings);
    sections.push(
      `## ${set.name[0]!.toUpperCase()}${set.name.slice(1)} (${set.folders.length} articles)`,
      '',
      result.table,
      '',
      '| article | language | mentions F1 | events F1 | participants F1 | status F1 | dates F1 |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
      ...result.perArticle,
      '',
    );
  }
  const report = [
    '# Draft extraction: evaluation against the gold sets',
    '',
    `Run ${new Date().toISOString()} with \`npm run eval:extract\` on ${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), Node ${process.version}, load average ${os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}.`,
    'Each article is drafted from its text alone, without linking. Entities pair when a mention overlaps or the normalised names agree; events when their family (visit, meeting, …) agrees and their evidence overlaps; participants (entity and role), statuses and dates are scored on paired events. Mentions are exact spans with their kind.',
    '',
    ...sections,
    `Drafting time per article (analysis, assembly; gazetteer already loaded): median ${median(timings).toFixed(1)} ms, max ${Math.max(...timings).toFixed(1)} ms.`,
    '',
  ].join('\n');
  console.log(report);
  fs.mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
  fs.writeFileSync(RESULTS_FILE, report);
  console.log(`Written to ${path.relative(process.cwd(), RESULTS_FILE)}.`);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

try {
  main();
} catch (error) {
  exitOnError(error);
}
