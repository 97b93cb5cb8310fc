/**
 * npm run bench:write — the writer's throughput against the floor: the graph a load of the
 * committed articles plus synthetic ones writes (bench/support/write-document.ts), written into a
 * throwaway Neo4j of the benchmark's own (never the configured one) by (a) the project's
 * writeGraph and (b) plain `UNWIND … MERGE … SET n += row.props` batches of the same nodes and
 * relationships (bench/support/plain-merge.ts), each in one transaction on an emptied database
 * with the graph's constraints in place. Interleaved rounds in rotated order; medians. Checks
 * that both leave the same graph. Appends a section to bench/results/write.md.
 *
 * Options: --articles 3000 (synthetic articles), --rounds 5, --floor-batch 1000, --note "…"
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { Database } from '../src/db/database';
import { createDriver } from '../src/db/driver';
import { applyGraphSchema } from '../src/graph/write/graph-schema';
import { toParameter } from '../src/graph/write/cypher-values';
import { writeGraph } from '../src/graph/write/write-graph';
import { planWrites } from '../src/graph/write/write-plan';
import { PROJECT_ROOT } from '../src/project-root';
import { startThrowawayNeo4j } from '../tests/support/throwaway-neo4j';
import { plainMergeStatements } from './support/plain-merge';
import { processCpuMs } from './support/process-cpu';
import { buildBenchDocument } from './support/write-document';

const RESULTS = path.join(PROJECT_ROOT, 'bench', 'results', 'write.md');

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return (index >= 0 ? process.argv[index + 1] : undefined) ?? fallback;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Counts that differ if the two writers left different graphs. */
async function fingerprint(database: Database): Promise<string> {
  return database.read({ name: 'bench-fingerprint' }, async (tx) => {
    const nodes = await tx.run(
      `MATCH (n) RETURN count(n) AS n, sum(size(labels(n))) AS labels, sum(size(keys(n))) AS keys,
         sum(size(coalesce(n.searchText, ''))) AS text, sum(size(coalesce(n.aliases, []))) AS aliases`,
    );
    const relationships = await tx.run(
      `MATCH ()-[r]->() RETURN count(r) AS n, sum(size(keys(r))) AS keys,
         sum(size(coalesce(r.evidence, []))) AS evidence, count(DISTINCT type(r)) AS types`,
    );
    return JSON.stringify([nodes.records[0]!.toObject(), relationships.records[0]!.toObject()], (_k, v) =>
      typeof v === 'bigint' ? Number(v) : v?.low !== undefined && v?.high !== undefined ? Number(v) : v,
    );
  });
}

/**
 * CPU milliseconds spent so far by Neo4j and by this process. Other work on a shared machine
 * stretches wall time, much less the CPU time each write costs, so both are reported.
 */
function cpuMillis(neo4jPid: number): number {
  const neo4j = processCpuMs(neo4jPid);
  if (neo4j === null) throw new Error(`Neo4j (pid ${neo4jPid}) is gone: its CPU time cannot be read`);
  const own = process.cpuUsage();
  return neo4j + (own.user + own.system) / 1000;
}

async function emptyGraph(driver: Driver): Promise<void> {
  const session = driver.session({ database: 'neo4j' });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}

async function main(): Promise<void> {
  const articles = Number(option('articles', '3000'));
  const rounds = Number(option('rounds', '5'));
  const floorBatch = Number(option('floor-batch', '1000'));
  const note = option('note', '');
  const document = buildBenchDocument(articles);
  const rows = document.nodes.length + document.relationships.length;
  console.log(`${document.nodes.length} nodes, ${document.relationships.length} relationships`);
  const floor = plainMergeStatements(document, floorBatch);
  let planned = performance.now();
  const plan = planWrites(document);
  plan.forEach((statement) => statement.rows.map(toParameter));
  planned = performance.now() - planned;

  const {
    running: neo4j,
    home,
    password,
  } = await startThrowawayNeo4j({ pageCacheMiB: 512, log: () => undefined });
  const driver = createDriver({
    uri: neo4j.uri,
    user: 'neo4j',
    password,
    database: 'neo4j',
    connectAttempts: 1,
    connectBackoffMs: 0,
  });
  const database = new Database(driver, 'neo4j');
  const variants: Record<string, (tx: ManagedTransaction) => Promise<unknown>> = {
    writeGraph: (tx) => writeGraph(tx, document),
    'plain UNWIND … MERGE': async (tx) => {
      for (const statement of floor) await tx.run(statement.query, { rows: statement.rows });
    },
  };
  const names = Object.keys(variants);
  const times = new Map(names.map((name) => [name, [] as number[]]));
  const cpu = new Map(names.map((name) => [name, [] as number[]]));
  const prints = new Map<string, string>();
  try {
    await applyGraphSchema(database);
    // One unmeasured write of each warms the page cache, the query cache and the JIT.
    for (let round = -1; round < rounds; round++) {
      const order = names.map((_, i) => names[(i + Math.max(round, 0)) % names.length]!);
      for (const name of order) {
        await emptyGraph(driver);
        const cpuBefore = cpuMillis(neo4j.pid);
        const started = performance.now();
        await database.write({ name: 'bench-write' }, variants[name]!);
        const elapsed = performance.now() - started;
        const cpuSpent = cpuMillis(neo4j.pid) - cpuBefore;
        if (round >= 0) times.get(name)!.push(elapsed);
        if (round >= 0) cpu.get(name)!.push(cpuSpent);
        if (round === -1) prints.set(name, await fingerprint(database));
        console.log(`round ${round} ${name}: ${elapsed.toFixed(0)} ms, CPU ${cpuSpent.toFixed(0)} ms`);
      }
    }
  } finally {
    await database.close();
    await neo4j.stop();
    fs.rmSync(home, { recursive: true, force: true });
  }
  const [writer, plain] = names.map((name) => median(times.get(name)!));
  const [writerCpu, plainCpu] = names.map((name) => median(cpu.get(name)!));
  const same = new Set(prints.values()).size === 1;
  if (!same) console.error(`the two writes left different graphs:\n${[...prints].join('\n')}`);
  const section = [
    `## ${new Date().toISOString()}${note ? ` — ${note}` : ''}`,
    '',
    `\`npm run bench:write -- --articles ${articles} --rounds ${rounds} --floor-batch ${floorBatch}\` on ${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), Node ${process.version}, load average ${os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')} at the end; a throwaway local Neo4j (heap cap 1 GiB, page cache 512 MiB).`,
    `${document.nodes.length} nodes and ${document.relationships.length} relationships (${rows} rows); writeGraph runs ${plan.length} statements, the floor ${floor.length}. Planning and converting the rows takes ${planned.toFixed(0)} ms of writeGraph's time. Both left ${same ? 'the same graph' : 'DIFFERENT graphs'}.`,
    '',
    '| writer | median wall (ms) | rows/s | median CPU (ms) | rows per CPU second | rounds: wall / CPU (ms) |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
    ...names.map((name, i) => {
      const wall = [writer, plain][i]!;
      const spent = [writerCpu, plainCpu][i]!;
      const each = times
        .get(name)!
        .map((t, round) => `${t.toFixed(0)} / ${cpu.get(name)![round]!.toFixed(0)}`);
      return `| ${name} | ${wall.toFixed(0)} | ${Math.round(rows / (wall / 1000))} | ${spent.toFixed(0)} | ${Math.round(rows / (spent / 1000))} | ${each.join(', ')} |`;
    }),
    '',
    `writeGraph at **${(plain! / writer!).toFixed(2)}×** the floor's rate in wall time, ${(plainCpu! / writerCpu!).toFixed(2)}× in CPU time (Neo4j's and the benchmark process's).`,
    '',
  ].join('\n');
  console.log(section);
  const header = [
    '# Write benchmark',
    '',
    "The project's writer (writeGraph) against plain `UNWIND … MERGE` batches of the same graph; one section per run, newest last.",
    '',
  ].join('\n');
  fs.appendFileSync(RESULTS, `${fs.existsSync(RESULTS) ? '' : `${header}\n`}${section}\n`);
  if (!same) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
