import fs from 'node:fs';
import { Database } from '../../../src/db/database';
import { createDriver } from '../../../src/db/driver';
import { toPlain } from '../../../src/db/convert';
import { configWith, dataOf, errorCodes, testApi, type GraphQLResponse } from '../../support/api';
import { loadSeedArticle } from '../../support/graph';
import { captureConsoleErrors } from '../../support/logger';
import { testConfig } from '../../support/neo4j';
import { startThrowawayNeo4j, type ThrowawayNeo4j } from '../../support/throwaway-neo4j';

const READ_TIMEOUT_MS = 2000;
/** A frozen Neo4j must not hold a response much past the read timeout; far more means a hang. */
const ANSWER_BOUND_MS = 15_000;

const QUERY = `{ bilateralRelation(countryA: "country:rwanda", countryB: "country:kazakhstan") { since { value } } }`;

/** The response, or a failure naming the hang if none comes within the bound. */
async function answered(request: Promise<GraphQLResponse>): Promise<GraphQLResponse> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no response within ${ANSWER_BOUND_MS} ms: the request hangs`)),
      ANSWER_BOUND_MS,
    );
  });
  try {
    return await Promise.race([request, hang]);
  } finally {
    clearTimeout(timer);
  }
}

async function sleep(ms: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Uses a Neo4j of its own, frozen with SIGSTOP (it accepts connections and answers nothing, like
 * a Neo4j stalled by swapping or a long pause) and thawed with SIGCONT.
 */
describe('when Neo4j stops answering during a request', () => {
  let neo4j: ThrowawayNeo4j;
  let database: Database;

  beforeAll(async () => {
    neo4j = await startThrowawayNeo4j({ pageCacheMiB: 16, log: () => undefined });
    const config = testConfig();
    database = new Database(
      createDriver({ ...config.neo4j, uri: neo4j.running.uri, password: neo4j.password }),
      'neo4j',
    );
    await loadSeedArticle(database);
  }, 240_000);

  afterAll(async () => {
    await database.close();
    await neo4j.running.stop();
    fs.rmSync(neo4j.home, { recursive: true, force: true });
  });

  it('then the response is DATABASE_TIMEOUT at the read timeout, and after Neo4j resumes the next requests succeed and nothing is left open', async () => {
    // Warmed up with the default timeout first: planning the queries may take longer than the short one.
    expect(dataOf(await testApi(database).query(QUERY))['bilateralRelation'].since.value).toBe('2012');
    const api = testApi(database, configWith({ GRAPHQL_READ_TIMEOUT_MS: String(READ_TIMEOUT_MS) }));
    expect(dataOf(await api.query(QUERY))['bilateralRelation'].since.value).toBe('2012');

    const driverLog = captureConsoleErrors();
    process.kill(neo4j.running.pid, 'SIGSTOP');
    try {
      // One request on a pooled connection, two more at once: one of them needs a new connection.
      const frozen = await answered(api.query(QUERY));
      const together = await Promise.all([answered(api.query(QUERY)), answered(api.query(QUERY))]);
      for (const response of [frozen, ...together]) {
        expect(errorCodes(response)).toEqual(['DATABASE_TIMEOUT']);
        expect(response.body.errors?.[0]?.message).toMatch(/within the read timeout of 2000 ms/);
        expect(response.body.errors?.[0]?.extensions?.['timeoutMs']).toBe(READ_TIMEOUT_MS);
      }
    } finally {
      process.kill(neo4j.running.pid, 'SIGCONT');
      driverLog.restore();
    }

    for (let round = 0; round < 3; round++) {
      const responses = await Promise.all([1, 2, 3].map(() => answered(api.query(QUERY))));
      for (const response of responses) {
        expect(dataOf(response)['bilateralRelation'].since.value).toBe('2012');
      }
    }
    expect(await openRequestTransactions(database)).toEqual(0);
  }, 120_000);
});

/**
 * Transactions of GraphQL operations still open in Neo4j, once those abandoned while it was
 * frozen have had time to close: each closes when Neo4j answers its rollback (bounded wait).
 */
async function openRequestTransactions(database: Database): Promise<number> {
  let open = -1;
  for (let attempt = 0; attempt < 40; attempt++) {
    open = await database.read({ name: 'test-open-transactions' }, async (tx) => {
      const result = await tx.run(
        `SHOW TRANSACTIONS YIELD metaData WHERE metaData.unit = 'graphql' RETURN count(*) AS open`,
      );
      return toPlain(result.records[0]?.get('open')) as number;
    });
    if (open === 0) return 0;
    await sleep(250);
  }
  return open;
}
