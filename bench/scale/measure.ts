/**
 * One measurement: a question asked for a fixed time at a fixed concurrency, giving requests per
 * second and latency percentiles. HTTP servers are driven by autocannon; the raw driver by as
 * many concurrent loops, each sending its question as the API sends an operation of one of these
 * root fields: one auto-commit statement through a read scope planned for one statement.
 */
import type { EventEmitter } from 'node:events';
import autocannon from 'autocannon';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../../src/db/database';

export interface Measurement {
  requestsPerSecond: number;
  /** Milliseconds, from each request's own time. */
  p50: number;
  p99: number;
  requests: number;
}

export async function measureHttp(
  url: string,
  query: string,
  connections: number,
  seconds: number,
): Promise<Measurement> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${url}/graphql`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
        connections,
        duration: seconds,
        // A GraphQL error (a read timeout, say) comes back with status 200: it must not count as an answer.
        verifyBody: (body) => typeof body === 'string' && !body.includes('"errors"'),
      },
      (error: unknown, done: autocannon.Result) => (error ? reject(error as Error) : resolve(done)),
    );
    // autocannon's own percentiles are whole milliseconds; the event carries the exact time, the
    // same measure the raw driver's loop takes. (Its typings leave out the client argument.)
    (instance as EventEmitter).on(
      'response',
      (_client: unknown, _status: number, _bytes: number, ms: number) => latencies.push(ms),
    );
  });
  const failed = result.non2xx + result.errors + result.timeouts + result.mismatches;
  if (failed > 0)
    throw new Error(
      `${failed} of ${result.requests.total} requests to ${url} failed or answered with errors`,
    );
  latencies.sort((a, b) => a - b);
  return {
    requestsPerSecond: result.requests.total / result.duration,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    requests: result.requests.total,
  };
}

/** The API's default read timeout (GRAPHQL_READ_TIMEOUT_MS). */
const RAW_TIMEOUT_MS = 10_000;

export async function measureRaw(
  database: Database,
  work: (tx: ManagedTransaction) => Promise<unknown>,
  connections: number,
  seconds: number,
): Promise<Measurement> {
  const latencies: number[] = [];
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const loop = async () => {
    while (performance.now() < deadline) {
      const begun = performance.now();
      const reads = database.readScope({
        name: 'bench-raw',
        timeoutMs: RAW_TIMEOUT_MS,
        singleStatement: true,
      });
      try {
        await reads.run(work);
      } finally {
        await reads.close();
      }
      latencies.push(performance.now() - begun);
    }
  };
  await Promise.all(Array.from({ length: connections }, loop));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requestsPerSecond: latencies.length / elapsed,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    requests: latencies.length,
  };
}

/** The value below which the given share of the sorted values lies (nearest rank). */
export function percentile(sortedValues: readonly number[], share: number): number {
  if (sortedValues.length === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil(share * sortedValues.length));
  return sortedValues[Math.min(rank, sortedValues.length) - 1]!;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
