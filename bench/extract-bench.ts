/**
 * npm run bench:extract — how long drafting an article of about 800 words takes: the cold run
 * (reading the gazetteers and lexicons, first use of the NLP library) and warm runs, for a
 * Kinyarwanda and an English text built from the test fixtures' sentences. Writes
 * bench/results/extract-speed.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { draftExtraction, gazetteer } from '../src/extract/extract-article';
import { findArticleFolders } from '../src/ingest/prepare-article';
import { PROJECT_ROOT } from '../src/project-root';

const WORDS = 800;
const WARM_RUNS = 20;
const FIXTURES = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'articles');

/** Paragraphs of the fixtures in one language, repeated until the text has WORDS words. */
function textOf(language: 'rw' | 'en'): string {
  const paragraphs = findArticleFolders(FIXTURES)
    .map((folder) => path.join(folder, `article.${language}.txt`))
    .filter((file) => fs.existsSync(file))
    .flatMap((file) => fs.readFileSync(file, 'utf8').split('\n').filter(Boolean));
  const out: string[] = [];
  let words = 0;
  for (let index = 0; words < WORDS; index++) {
    const paragraph = paragraphs[index % paragraphs.length]!;
    out.push(paragraph);
    words += paragraph.split(/\s+/).length;
  }
  return out.join('\n');
}

function main(): void {
  const rows: string[] = [];
  const coldStart = performance.now();
  gazetteer();
  const gazetteerMs = performance.now() - coldStart;
  for (const language of ['rw', 'en'] as const) {
    const text = textOf(language);
    const words = text.split(/\s+/).length;
    const first = performance.now();
    draftExtraction(text, language, 'bench', { known: [] });
    const cold = performance.now() - first;
    const times: number[] = [];
    for (let run = 0; run < WARM_RUNS; run++) {
      const started = performance.now();
      draftExtraction(text, language, 'bench', { known: [] });
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    rows.push(
      `| ${language} | ${words} | ${cold.toFixed(1)} | ${times[Math.floor(times.length / 2)]!.toFixed(1)} | ${times.at(-1)!.toFixed(1)} |`,
    );
  }
  const report = [
    '# Draft extraction speed',
    '',
    `Run ${new Date().toISOString()} with \`npm run bench:extract\` on ${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), Node ${process.version}, load average ${os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}.`,
    `Reading the gazetteers took ${gazetteerMs.toFixed(1)} ms (once per process). Each text is built from the test fixtures' paragraphs up to ${WORDS} words; "cold" is the first draft in the process, "warm" the median and worst of ${WARM_RUNS} more. Drafting = analysis, assembly and linking, without writing files.`,
    '',
    '| language | words | cold (ms) | warm median (ms) | warm max (ms) |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
  ].join('\n');
  console.log(report);
  fs.writeFileSync(path.join(PROJECT_ROOT, 'bench', 'results', 'extract-speed.md'), report);
}

main();
