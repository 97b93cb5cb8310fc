/**
 * npm run bench:api — drives three dashboard queries against the API at concurrency 16 over
 * loopback for a fixed time each, and prints requests per second and p50/p99 latency. The API
 * runs as its own process (as in production), against the configured Neo4j, with the articles
 * loaded. Results are written to bench/results/api.md.
 *
 * Options: --duration <seconds> (default 20), --connections <n> (default 16).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { withDatabase } from '../src/cli/with-database';
import { readConfig } from '../src/config';
import { loadArticles } from '../src/ingest/load-articles';
import { findArticleFolders } from '../src/ingest/prepare-article';
import { PROJECT_ROOT } from '../src/project-root';

const SCENARIOS = [
  {
    name: 'bilateral view',
    query: `{ bilateralRelation(countryA: "country:rwanda", countryB: "country:kazakhstan") {
      since { value text } timeline { id nameEn status time { value precision } }
      sectors { subject { nameEn } eventCount } initiatives { subject { name } eventCount }
      people { person { name } roles } agreements { nameEn state negotiationLevels } } }`,
  },
  {
    name: 'neighborhood, depth 2',
    query: `{ neighborhood(id: "country:rwanda", depth: 2, limit: 50) {
      truncated nodes { id type displayName } edges { id type source target } } }`,
  },
  {
    name: 'search',
    query: `{ search(text: "Minisitiri w'Ububanyi n'Amahanga", first: 10) { score node { id name } } }`,
  },
];

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
}

async function waitUntilReady(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/ready`)).status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The API at ${url} was not ready within ${timeoutMs / 1000} s`);
}

async function main(): Promise<void> {
  const duration = option('duration', 20);
  const connections = option('connections', 16);
  const config = readConfig();
  await withDatabase(config, async (database) => {
    await loadArticles(database, findArticleFolders());
  });

  const port = 4900 + Math.floor(Math.random() * 90);
  const url = `http://127.0.0.1:${port}`;
  const server = spawn(
    path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'),
    [path.join(PROJECT_ROOT, 'src', 'cli', 'serve.ts')],
    {
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'error',
        NODE_ENV: 'production',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  try {
    await waitUntilReady(url, 60_000);
    const rows: string[] = [];
    for (const scenario of SCENARIOS) {
      const body = JSON.stringify({ query: scenario.query });
      const check = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      const checked = (await check.json()) as { errors?: unknown[] };
      if (checked.errors) throw new Error(`${scenario.name} fails: ${JSON.stringify(checked.errors)}`);

      const result = await autocannon({
        url: `${url}/graphql`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        connections,
        duration,
      });
      const row = `| ${scenario.name} | ${result.requests.average.toFixed(1)} | ${result.latency.p50} | ${result.latency.p99} | ${result.requests.total} | ${result.non2xx + result.errors + result.timeouts} |`;
      rows.push(row);
      console.log(row);
    }
    const report = [
      '# API benchmark',
      '',
      `Run ${new Date().toISOString()} with \`npm run bench:api\`: ${connections} concurrent connections over loopback,`,
      `${duration} s per query, the API in its own process (NODE_ENV=production) against the local Neo4j`,
      `(embedded, heap cap 1 GiB), on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}.`,
      'Load generator, API and Neo4j share the same machine.',
      '',
      '| query | requests/s | p50 latency (ms) | p99 latency (ms) | requests | failed |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      ...rows,
      '',
    ].join('\n');
    fs.mkdirSync(path.join(PROJECT_ROOT, 'bench', 'results'), { recursive: true });
    fs.writeFileSync(path.join(PROJECT_ROOT, 'bench', 'results', 'api.md'), report);
    console.log(`\n${report}`);
  } finally {
    server.kill('SIGTERM');
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
