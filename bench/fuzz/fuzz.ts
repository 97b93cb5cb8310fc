/**
 * npm run fuzz — sends random valid and invalid requests to the API, as an attacker would, and
 * checks that it stays up and discreet: no 5xx, no internals in any response, no change to the
 * graph, memory back near where it started. Everything runs here, on loopback: a throwaway Neo4j
 * with the seed article, and the API as its own process in production mode.
 *
 * Options: --operations <n> (default 1000) and --seconds <s> (default 120), whichever ends first;
 * --seed <n> to replay a run (printed at the start); --concurrency <n> (default 4);
 * --report <file> to also write the printout there (bench/results/fuzz.md).
 * Exits non-zero on any 5xx, unanswered request, leak, response out of selection order or change
 * to the graph.
 */
import { execFileSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSchema } from 'graphql';
import { SCHEMA_PATH } from '../../src/api/schema';
import { loadArticles } from '../../src/ingest/load-articles';
import { SEED_ARTICLE_FOLDER } from '../../tests/support/article';
import { startThrowawayNeo4j, throwawayDatabase } from '../../tests/support/throwaway-neo4j';
import { machineLine, startApiProcess } from '../support/api-process';
import { graphFingerprint } from './graph-fingerprint';
import { readKnownValues } from './known-values';
import { SeededRandom as Random } from '../support/seeded-random';
import { randomRequest } from './requests';
import { FuzzTally } from './tally';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
}

function count(name: string, fallback: number): number {
  const text = option(name);
  const value = text === undefined ? fallback : Number(text);
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`--${name} must be a whole number of 0 or more, not ${JSON.stringify(text)}`);
  }
  return value;
}

async function main(): Promise<void> {
  const operations = count('operations', 1_000);
  const seconds = count('seconds', 120);
  const concurrency = Math.max(1, count('concurrency', 4));
  const seed = count('seed', randomInt(2 ** 31));
  const report = option('report');
  console.log(`Fuzz seed ${seed} (replay with --seed ${seed}); ${operations} operations or ${seconds} s.`);

  const {
    running: neo4j,
    home,
    password,
  } = await startThrowawayNeo4j({ pageCacheMiB: 64, log: () => undefined });
  const database = throwawayDatabase({ running: neo4j, password });
  try {
    await loadArticles(database, [SEED_ARTICLE_FOLDER]);
    const before = await graphFingerprint(database);
    const api = await startApiProcess({
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: password,
    });
    let tally: FuzzTally;
    let rss: { before: number; after: number; peak: number };
    let elapsed = 0;
    try {
      const schema = buildSchema(fs.readFileSync(SCHEMA_PATH, 'utf8'));
      const known = await readKnownValues(api.url);
      const rssBefore = api.rssMiB();
      tally = new FuzzTally(schema);
      const random = new Random(seed);
      const deadline = Date.now() + seconds * 1000;
      let next = 0;
      const progressEvery = Math.max(100, Math.ceil(operations / 10));
      const worker = async () => {
        while (next < operations && Date.now() < deadline) {
          next += 1;
          const index = next;
          // Built before the await, in order: the same seed sends the same requests.
          const request = randomRequest(schema, known, random);
          await tally.send(api.url, request);
          if (index % progressEvery === 0) console.log(`… request ${index} done`);
        }
      };
      const started = Date.now();
      await Promise.all(Array.from({ length: concurrency }, worker));
      elapsed = (Date.now() - started) / 1000;
      // A moment for the server to let go of what the last requests held.
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      rss = { before: rssBefore, after: api.rssMiB(), peak: api.peakRssMiB() };
    } finally {
      await api.stop();
    }
    const after = await graphFingerprint(database);
    const lines = [
      '# Fuzz run',
      '',
      `Run ${new Date().toISOString()} with \`npm run fuzz -- --operations ${operations} --seconds ${seconds} --concurrency ${concurrency} --seed ${seed}\``,
      `on ${machineLine()}; \`uptime\`: ${uptime()}.`,
      'The API in production mode as its own process, over a throwaway local Neo4j holding the seed article, all on loopback.',
      '',
      `Sending took ${elapsed.toFixed(0)} s.`,
      '',
      ...tally.summary(),
      '',
      `- API resident memory: ${rss.before.toFixed(0)} MiB before, ${rss.after.toFixed(0)} MiB after, peak ${rss.peak.toFixed(0)} MiB`,
      `- graph before: ${before.nodes} nodes, ${before.relationships} relationships, sha256 ${before.checksum.slice(0, 16)}`,
      `- graph after: ${after.nodes} nodes, ${after.relationships} relationships, sha256 ${after.checksum.slice(0, 16)}`,
      `- graph changed: ${before.checksum === after.checksum ? 'no' : 'YES'}`,
    ];
    const failures = [
      ...tally.failures(),
      ...(before.checksum === after.checksum ? [] : ['the graph changed']),
    ];
    lines.push('', failures.length === 0 ? 'Result: pass.' : `Result: FAIL (${failures.join('; ')}).`);
    console.log(lines.join('\n'));
    if (report) fs.writeFileSync(path.resolve(report), `${lines.join('\n')}\n`);
    if (failures.length > 0) process.exitCode = 1;
  } finally {
    await database.close();
    await neo4j.stop();
    fs.rmSync(home, { recursive: true, force: true });
  }
}

function uptime(): string {
  try {
    return execFileSync('uptime', { encoding: 'utf8' }).trim();
  } catch {
    return `load average ${os
      .loadavg()
      .map((value) => value.toFixed(2))
      .join(' ')}`;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
