/**
 * npm run bench:load — how long loading many articles takes, and the share of entity
 * resolution in it: synthetic articles (bench/support/synthetic-articles.ts) loaded into a
 * throwaway Neo4j of the benchmark's own (never the configured one) — 100 and 1,000 articles at
 * once, then one more article into the graph of 1,000. Writes bench/results/load.md.
 *
 * Options: --sizes 100,1000
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadArticles, type LoadResult } from '../src/ingest/load-articles';
import { PROJECT_ROOT } from '../src/project-root';
import { startThrowawayNeo4j, throwawayDatabase } from '../tests/support/throwaway-neo4j';
import { writeSyntheticArticles } from './support/synthetic-articles';

function sizes(): number[] {
  const index = process.argv.indexOf('--sizes');
  const raw = index >= 0 ? process.argv[index + 1] : undefined;
  return (raw ?? '100,1000').split(',').map(Number);
}

function row(label: string, result: LoadResult, wall: number): string {
  const t = result.timings;
  const share = ((t.resolve / wall) * 100).toFixed(1);
  return `| ${label} | ${result.articlesInGraph} | ${result.nodes} | ${result.relationships} | ${(wall / 1000).toFixed(2)} | ${t.validate} | ${t.resolve} (${share} %) | ${t.build} | ${t.write} | ${t.prune} | ${result.resolvedAcrossArticles} |`;
}

async function main(): Promise<void> {
  const {
    running: neo4j,
    home,
    password,
  } = await startThrowawayNeo4j({ pageCacheMiB: 128, log: () => undefined });
  const database = throwawayDatabase({ running: neo4j, password });
  const rows: string[] = [];
  try {
    for (const size of sizes()) {
      await database.write({ name: 'bench-empty' }, (tx) => tx.run('MATCH (n) DETACH DELETE n'));
      const root = fs.mkdtempSync(path.join(os.tmpdir(), `bench-articles-${size}-`));
      const folders = writeSyntheticArticles(root, size + 1);
      let started = performance.now();
      const all = await loadArticles(database, folders.slice(0, size));
      rows.push(row(`${size} articles at once`, all, performance.now() - started));
      console.log(rows.at(-1));
      started = performance.now();
      const one = await loadArticles(database, folders.slice(size));
      rows.push(row(`one more into ${size}`, one, performance.now() - started));
      console.log(rows.at(-1));
      fs.rmSync(root, { recursive: true, force: true });
    }
  } finally {
    await database.close();
    await neo4j.stop();
    fs.rmSync(home, { recursive: true, force: true });
  }
  const report = [
    '# Load benchmark',
    '',
    `Run ${new Date().toISOString()} with \`npm run bench:load\` on ${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), Node ${process.version}, load average ${os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}; a throwaway local Neo4j (heap cap 1 GiB), the same machine.`,
    'Synthetic English articles, two sentences each: a meeting between a Rwandan and a foreign minister, each meeting told by about three articles of different outlets and dates, people recurring across articles. A load rebuilds the graph of every article it holds (resolution, claims, conflicts) in one write transaction; times in milliseconds.',
    '',
    '| load | articles in graph | nodes | relationships | wall (s) | validate | resolve (share) | build | write | prune | joined across articles |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
  ].join('\n');
  console.log(report);
  fs.writeFileSync(path.join(PROJECT_ROOT, 'bench', 'results', 'load.md'), report);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
