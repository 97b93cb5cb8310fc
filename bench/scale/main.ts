/**
 * npm run bench:scale — how this API compares with @neo4j/graphql and the raw driver, on the
 * article graph and on synthetic graphs of 10k, 100k and 1M relationships, in a throwaway Neo4j
 * of the benchmark's own (never the configured one). Writes bench/results/scale.md.
 *
 * Options:
 *   --relationships N[,N…]  scales to run (default: the article alone, 10000, 100000, 1000000)
 *   --rounds R              interleaved rounds per scale (default 3)
 *   --duration S            seconds per measurement (default 3)
 *   --warmup S              seconds of warm-up per question, concurrency and contender (default 1)
 *   --neo4j-warmup S        seconds of load on Neo4j alone at each scale, before those (default 30)
 *   --connections C[,C…]    concurrencies (default 1,16)
 *   --seed N                seed of the synthetic data
 *   --generate-only         build the graph of the (last) scale and measure nothing
 *   --keep                  leave Neo4j running at the end, print its bolt URL and password, and
 *                           wait until interrupted (for PROFILE against the graph)
 *   --out FILE              where the markdown goes (default bench/results/scale.md)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/project-root';
import { emptyGraph, generateScaleGraph } from './generate';
import { DEFAULT_SEED } from './plan';
import { changedAnswers, renderReport } from './report';
import { runScale, type RunOptions, type ScaleResult } from './run-scale';
import { compileServers } from './servers';
import { SCALE_HEAP_MIB, SCALE_PAGE_CACHE_MIB, startScaleNeo4j, type ScaleNeo4j } from './throwaway';

const DEFAULT_SCALES = [0, 10_000, 100_000, 1_000_000];

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  if (index === -1) return undefined;
  const value = process.argv[index + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`--${name} needs a value`);
  return value;
}

function numbers(name: string, fallback: readonly number[], min: number): number[] {
  const raw = option(name);
  if (raw === undefined) return [...fallback];
  const values = raw.split(',').map((part) => Number(part.replace(/_/g, '')));
  const bad = values.find((value) => !Number.isInteger(value) || value < min);
  if (bad !== undefined) throw new Error(`--${name} takes whole numbers ≥ ${min}, not "${raw}"`);
  return values;
}

const flag = (name: string) => process.argv.includes(`--${name}`);

async function neo4jVersion(neo: ScaleNeo4j): Promise<string> {
  return neo.database.read({ name: 'bench-scale-version' }, async (tx) => {
    const result = await tx.run(
      'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS v, edition AS e',
    );
    const record = result.records[0];
    return record ? `${String(record.get('v'))} ${String(record.get('e'))}` : 'unknown';
  });
}

/** Keeps Neo4j up for someone to query, until this process is interrupted. */
async function keepRunning(neo: ScaleNeo4j): Promise<void> {
  console.log(
    `\nNeo4j stays up for PROFILE: ${neo.uri} user neo4j password ${neo.password} (pid ${neo.pid}).`,
  );
  console.log('Stop it with Ctrl-C (or SIGTERM to this process).');
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
}

async function main(): Promise<void> {
  const scales = numbers('relationships', DEFAULT_SCALES, 0);
  const options: RunOptions = {
    rounds: numbers('rounds', [3], 1)[0]!,
    seconds: numbers('duration', [3], 1)[0]!,
    warmupSeconds: numbers('warmup', [1], 1)[0]!,
    neo4jWarmupSeconds: numbers('neo4j-warmup', [30], 0)[0]!,
    connections: numbers('connections', [1, 16], 1),
    seed: numbers('seed', [DEFAULT_SEED], 0)[0]!,
  };
  const out = path.resolve(option('out') ?? path.join(PROJECT_ROOT, 'bench', 'results', 'scale.md'));
  // The raw driver runs in this process, started by tsx, which maps every stack trace through
  // source maps; the servers run compiled, without. Off here too, so all three pay the same for
  // the stack the driver keeps with each query.
  process.setSourceMapsEnabled(false);
  const started = new Date();
  const loadAtStart = os.loadavg();
  const neo = await startScaleNeo4j((line) => console.log(line));
  // An interrupted run still stops its Neo4j (it is a child, but the JVM would outlive us).
  let stopping = false;
  const stopOnSignal = () => {
    if (stopping) return;
    stopping = true;
    void neo.stop().finally(() => process.exit(130));
  };
  if (!flag('keep')) {
    process.once('SIGINT', stopOnSignal);
    process.once('SIGTERM', stopOnSignal);
  }
  try {
    if (flag('generate-only')) {
      const target = scales.at(-1)!;
      await emptyGraph(neo.database);
      const graph = await generateScaleGraph(neo.database, {
        relationships: target,
        seed: options.seed,
        log: (line) => console.log(line),
      });
      console.log(JSON.stringify(graph));
    } else {
      console.log('Compiling the two servers into dist/...');
      compileServers();
      const results: ScaleResult[] = [];
      for (const target of scales) {
        const result = await runScale(neo, target, options, (line) => console.log(line));
        const changed = changedAnswers(result, results[0] ?? result);
        if (changed.length > 0)
          console.error(`WARNING: at ${target} the answers to ${changed.join(', ')} changed`);
        results.push(result);
      }
      const report = renderReport(results, {
        started,
        loadAtStart,
        loadAtEnd: os.loadavg(),
        neo4jVersion: await neo4jVersion(neo),
        heapMiB: SCALE_HEAP_MIB,
        pageCacheMiB: SCALE_PAGE_CACHE_MIB,
        command: [
          'npm run bench:scale',
          ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : []),
        ].join(' '),
        options,
      });
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(out, `${report}\n`);
      console.log(`\n${report}\nWritten to ${path.relative(PROJECT_ROOT, out)}.`);
    }
    if (flag('keep')) await keepRunning(neo);
  } finally {
    if (!stopping) await neo.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
