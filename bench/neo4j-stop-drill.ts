/**
 * npx tsx bench/neo4j-stop-drill.ts — steady traffic against the API (its own process, production
 * mode) while a throwaway Neo4j of the drill's own is stopped and started again, in rounds. Every
 * request must get an HTTP response: a 200 while Neo4j is up, SERVICE_UNAVAILABLE (or
 * DATABASE_TIMEOUT, for a read caught as Neo4j stops) while it is down; a socket closed without a
 * response is counted as "no response" and fails the drill.
 *
 * Options: --rounds <n> (default 3), --clients <n> (default 8), --think-ms <n> (default 0: each
 * client waits up to this long, at random, between requests), --node <path of a Node binary for
 * the API> (default the project's pinned Node).
 */
import { loadArticles } from '../src/ingest/load-articles';
import { startLocalNeo4j, type RunningNeo4j } from '../src/local-neo4j/process';
import { SEED_ARTICLE_FOLDER } from '../tests/support/article';
import { startThrowawayNeo4j, throwawayDatabase } from '../tests/support/throwaway-neo4j';
import { machineLine, startApiProcess } from './support/api-process';

const QUERY = JSON.stringify({
  query: `{ bilateralRelation(countryA: "country:rwanda", countryB: "country:kazakhstan") { since { value } } }`,
});

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
}

/** What one request got: an HTTP status with the first error code, or the client's error code. */
async function ask(url: string): Promise<string> {
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: QUERY,
    });
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    return `${response.status} ${body.errors?.[0]?.extensions?.code ?? 'data'}`;
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    return `no response (${cause?.code ?? String(error)})`;
  }
}

async function main(): Promise<void> {
  const rounds = option('rounds', 3);
  const clients = option('clients', 8);
  const thinkMs = option('think-ms', 0);
  console.log(`Machine: ${machineLine()}`);
  const { running, home, password } = await startThrowawayNeo4j({ pageCacheMiB: 32, log: () => undefined });
  let neo4j: RunningNeo4j | undefined = running;
  const settings = {
    home,
    host: '127.0.0.1',
    port: Number(new URL(running.uri.replace('bolt:', 'http:')).port),
    user: 'neo4j',
    password,
    database: 'neo4j',
    heapMiB: 1024,
    pageCacheMiB: 32,
  };
  const database = throwawayDatabase({ running: running, password });
  await loadArticles(database, [SEED_ARTICLE_FOLDER]);
  await database.close();
  const api = await startApiProcess({
    NEO4J_URI: running.uri,
    NEO4J_USER: 'neo4j',
    NEO4J_PASSWORD: password,
  });
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const outcomes = new Map<string, number>();
  let traffic = true;
  const workers = Array.from({ length: clients }, async () => {
    // Bounded: stops when the rounds are over, and after at most 20 minutes in any case.
    const until = Date.now() + 20 * 60_000;
    while (traffic && Date.now() < until) {
      const outcome = await ask(api.url);
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      // Think time: connections then sit idle for varied spells, as with real clients.
      if (thinkMs > 0) await pause(Math.random() * thinkMs);
    }
  });
  try {
    for (let round = 1; round <= rounds; round += 1) {
      await pause(3_000);
      const stopping = Date.now();
      await neo4j?.stop();
      neo4j = undefined;
      console.log(`round ${round}: Neo4j stopped in ${Date.now() - stopping} ms`);
      await pause(3_000);
      neo4j = await startLocalNeo4j(settings, { detached: false, log: () => undefined });
      console.log(`round ${round}: Neo4j started again`);
    }
    await pause(3_000);
  } finally {
    traffic = false;
    await Promise.all(workers);
    await api.stop();
    await neo4j?.stop();
  }
  const expected = new Set(['200 data', '200 SERVICE_UNAVAILABLE', '200 DATABASE_TIMEOUT']);
  if ([...outcomes.keys()].some((outcome) => !expected.has(outcome))) {
    console.log(`The API's last log lines:\n${api.output.slice(-5).join('\n')}`);
  }
  const rows = [...outcomes].sort(([a], [b]) => a.localeCompare(b));
  for (const [outcome, count] of rows) console.log(`${String(count).padStart(7)}  ${outcome}`);
  const unanswered = rows.filter(([outcome]) => outcome.startsWith('no response'));
  if (unanswered.length > 0) {
    console.error(
      `${unanswered.reduce((sum, [, count]) => sum + count, 0)} request(s) got no HTTP response.`,
    );
    process.exitCode = 1;
  } else {
    console.log('Every request got an HTTP response.');
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
