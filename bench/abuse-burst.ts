/**
 * npm run drill:burst — an abusive burst against the API in its own process (production mode,
 * default limits) over loopback, with a throwaway Neo4j of the drill's own: eight 18 MB bodies of
 * `nodes(ids:)` with a million ids at once, and many requests at the largest list the API allows,
 * while /health is polled. Prints the API's resident memory before, at its peak and after an idle
 * wait and a full garbage collection, whether /health kept answering, and what the requests got; writes
 * bench/results/abuse-burst.md. Exits non-zero when /health stopped answering or a request got
 * no HTTP response.
 *
 * Options: --big <n> (default 8) big bodies at once, --allowed <n> (default 400) requests at the
 * largest allowed list, --idle <seconds> (default 20) before memory is read again.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Database } from '../src/db/database';
import { createDriver } from '../src/db/driver';
import { loadArticles } from '../src/ingest/load-articles';
import { findArticleFolders } from '../src/ingest/prepare-article';
import { PROJECT_ROOT } from '../src/project-root';
import { startThrowawayNeo4j } from '../tests/support/throwaway-neo4j';
import { machineLine, startApiProcess, type ApiProcess } from './support/api-process';

const MAX_LIST_LENGTH = 100;

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function post(api: ApiProcess, body: string): Promise<string> {
  try {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      signal: AbortSignal.timeout(120_000),
    });
    const text = await response.text();
    const code = /"code":"([A-Z_]+)"/.exec(text)?.[1];
    return `${response.status}${code ? ` ${code}` : ''}`;
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    return `no response (${cause?.code ?? (error as Error).name})`;
  }
}

/** Polls /health every 100 ms until stopped; the longest wait and how many polls failed. */
function pollHealth(api: ApiProcess) {
  let running = true;
  let longestMs = 0;
  let failed = 0;
  let polls = 0;
  const failures = new Set<string>();
  const done = (async () => {
    while (running) {
      const started = performance.now();
      try {
        const response = await fetch(`${api.url}/health`, { signal: AbortSignal.timeout(10_000) });
        if (response.status !== 200) {
          failed += 1;
          failures.add(`HTTP ${response.status}`);
        }
        await response.arrayBuffer();
      } catch (error) {
        failed += 1;
        failures.add((error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name);
      }
      polls += 1;
      longestMs = Math.max(longestMs, performance.now() - started);
      await pause(100);
    }
  })();
  return {
    stop: async () => {
      running = false;
      await done;
      return { longestMs, failed, polls, failures: [...failures].join(', ') || 'none' };
    },
  };
}

/** Samples the API's resident memory every 50 ms until stopped; the highest seen. */
function sampleMemory(api: ApiProcess) {
  let highest = api.rssMiB();
  const timer = setInterval(() => (highest = Math.max(highest, api.rssMiB())), 50);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(highest, api.rssMiB());
    },
  };
}

function count(outcomes: string[]): string {
  const counts = new Map<string, number>();
  for (const outcome of outcomes) counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
  return [...counts]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([outcome, n]) => `${n} × ${outcome}`)
    .join(', ');
}

async function main(): Promise<void> {
  const big = option('big', 8);
  const allowed = option('allowed', 400);
  const idleSeconds = option('idle', 20);
  const machine = machineLine();
  console.log(`Machine: ${machine}`);
  const neo4j = await startThrowawayNeo4j({ pageCacheMiB: 64, log: () => undefined });
  let api: ApiProcess | undefined;
  try {
    const settings = { uri: neo4j.running.uri, user: 'neo4j', password: neo4j.password, database: 'neo4j' };
    const database = new Database(
      createDriver({ ...settings, connectAttempts: 1, connectBackoffMs: 0 }),
      'neo4j',
    );
    await loadArticles(database, findArticleFolders());
    await database.close();
    api = await startApiProcess({
      NEO4J_URI: settings.uri,
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: neo4j.password,
      GRAPHQL_MAX_LIST_LENGTH: String(MAX_LIST_LENGTH),
    });

    const entities = (await (
      await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ entities(first: 100) { edges { node { id } } } }' }),
      })
    ).json()) as { data: { entities: { edges: { node: { id: string } }[] } } };
    const known = entities.data.entities.edges.map((edge) => edge.node.id);
    const ids = Array.from({ length: MAX_LIST_LENGTH }, (_, i) => known[i % known.length]!);
    const allowedBody = JSON.stringify({
      query: `query Nodes($ids: [ID!]!) { nodes(ids: $ids) { id ... on Entity { name aliases } } }`,
      variables: { ids },
    });
    const hugeBody = JSON.stringify({
      query: `query Nodes($ids: [ID!]!) { nodes(ids: $ids) { id } }`,
      variables: { ids: Array.from({ length: 1_000_000 }, (_, i) => `country:c${i}`) },
    });
    // Warm up, so "before" is the memory of a server that has answered requests.
    for (let i = 0; i < 20; i += 1) await post(api, allowedBody);
    await pause(2_000);
    const before = api.rssMiB();

    const health = pollHealth(api);
    const memory = sampleMemory(api);
    const started = performance.now();
    const hugeOutcomes = Promise.all(Array.from({ length: big }, () => post(api!, hugeBody)));
    const allowedOutcomes: string[] = [];
    let issued = 0;
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (issued < allowed) {
          issued += 1;
          allowedOutcomes.push(await post(api!, allowedBody));
        }
      }),
    );
    const hugeResults = await hugeOutcomes;
    const burstSeconds = (performance.now() - started) / 1000;
    const peak = Math.max(memory.stop(), api.peakRssMiB());
    const healthFigures = await health.stop();

    await pause(idleSeconds * 1000);
    // A few light requests after the idle wait, as a server in service would get.
    for (let i = 0; i < 5; i += 1) await post(api, JSON.stringify({ query: '{ status { database } }' }));
    const after = api.rssMiB();
    await api.collectGarbage();
    const afterGc = api.rssMiB();

    const lines = [
      '# Abusive burst',
      '',
      `Run ${new Date().toISOString()} with \`npm run drill:burst\` on ${machine}.`,
      'The API in its own process (NODE_ENV=production, default limits: HTTP_MAX_BODY_BYTES 1,000,000,',
      `GRAPHQL_MAX_LIST_LENGTH ${MAX_LIST_LENGTH}), a throwaway Neo4j with the committed articles, all over loopback on`,
      'one machine shared with the load generator.',
      '',
      `Burst (${burstSeconds.toFixed(1)} s): ${big} bodies of 18 MB at once (\`nodes(ids:)\` with 1,000,000 ids) and`,
      `${allowed} requests of \`nodes(ids:)\` with ${MAX_LIST_LENGTH} ids, 16 at a time; /health polled every 100 ms.`,
      '',
      '| figure | value |',
      '| --- | ---: |',
      `| API resident memory before (MiB) | ${before.toFixed(0)} |`,
      `| peak during the burst (MiB) | ${peak.toFixed(0)} |`,
      `| after ${idleSeconds} s idle (MiB) | ${after.toFixed(0)} |`,
      `| after a full garbage collection (MiB) | ${afterGc.toFixed(0)} |`,
      `| /health polls, failed (why) | ${healthFigures.polls}, ${healthFigures.failed} (${healthFigures.failures}) |`,
      `| longest /health answer (ms) | ${healthFigures.longestMs.toFixed(0)} |`,
      '',
      `The 18 MB bodies got: ${count(hugeResults)}.`,
      `The allowed requests got: ${count(allowedOutcomes)}.`,
      '',
    ];
    const report = lines.join('\n');
    console.log(`\n${report}`);
    fs.mkdirSync(path.join(PROJECT_ROOT, 'bench', 'results'), { recursive: true });
    fs.writeFileSync(path.join(PROJECT_ROOT, 'bench', 'results', 'abuse-burst.md'), report);
    const unanswered = [...hugeResults, ...allowedOutcomes].filter((outcome) =>
      outcome.startsWith('no response'),
    );
    if (healthFigures.failed > 0 || unanswered.length > 0) process.exitCode = 1;
  } finally {
    await api?.stop();
    await neo4j.running.stop();
    fs.rmSync(neo4j.home, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
