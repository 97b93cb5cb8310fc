/**
 * What the benchmark compares: this API over HTTP, @neo4j/graphql over HTTP, and the raw driver
 * running the project's reads. Each can answer a question once (for the equality check) and be
 * measured asking it.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { Database } from '../../src/db/database';
import { measureHttp, measureRaw, type Measurement } from './measure';
import {
  API_QUERIES,
  fromApi,
  fromNeo4jGraphQL,
  NEO4J_GRAPHQL_QUERIES,
  type QuestionName,
} from './questions';
import { canonicalRaw, RAW_READS } from './raw-questions';
import { startApi, startNeo4jGraphQL, type ServerProcess } from './servers';

export type ContenderName = 'this API' | '@neo4j/graphql' | 'raw driver';
export const CONTENDERS: readonly ContenderName[] = ['this API', '@neo4j/graphql', 'raw driver'];

export interface Contender {
  name: ContenderName;
  /** The canonical answer (bench/scale/questions.ts). */
  ask(question: QuestionName): Promise<unknown>;
  measure(question: QuestionName, connections: number, seconds: number): Promise<Measurement>;
  /** Resident memory of the serving process in MiB; null for the raw driver (this process). */
  rssMiB(): number | null;
  /** The serving process; null for the raw driver, which runs in this process. */
  pid: number | null;
  stop(): Promise<void>;
}

async function post(url: string, query: string): Promise<unknown> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
  if (response.status !== 200 || body.errors)
    throw new Error(`${url} answered ${response.status}: ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

function httpContender(
  name: ContenderName,
  server: ServerProcess,
  queries: Record<QuestionName, string>,
  canonical: (question: QuestionName, data: never) => unknown,
): Contender {
  return {
    name,
    ask: async (question) => canonical(question, (await post(server.url, queries[question])) as never),
    measure: (question, connections, seconds) =>
      measureHttp(server.url, queries[question], connections, seconds),
    rssMiB: () => server.rssMiB(),
    pid: server.pid,
    stop: () => server.stop(),
  };
}

function rawContender(driver: Driver): Contender {
  const database = new Database(driver, 'neo4j');
  return {
    name: 'raw driver',
    ask: async (question) => {
      const session = driver.session({ defaultAccessMode: 'READ', database: 'neo4j' });
      try {
        return canonicalRaw(question, await session.executeRead(RAW_READS[question]));
      } finally {
        await session.close();
      }
    },
    measure: (question, connections, seconds) =>
      measureRaw(database, RAW_READS[question], connections, seconds),
    rssMiB: () => null,
    pid: null,
    stop: () => driver.close(),
  };
}

/** All three, pointed at one Neo4j; stops what it started if one fails to start. */
export async function startContenders(uri: string, password: string): Promise<Contender[]> {
  const started: Contender[] = [];
  try {
    started.push(httpContender('this API', await startApi(uri, password), API_QUERIES, fromApi));
    started.push(
      httpContender(
        '@neo4j/graphql',
        await startNeo4jGraphQL(uri, password),
        NEO4J_GRAPHQL_QUERIES,
        fromNeo4jGraphQL,
      ),
    );
    started.push(rawContender(neo4j.driver(uri, neo4j.auth.basic('neo4j', password))));
    return started;
  } catch (error) {
    await Promise.all(started.map((contender) => contender.stop()));
    throw error;
  }
}
