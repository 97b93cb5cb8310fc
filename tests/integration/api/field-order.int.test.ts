import { parse } from 'graphql';
import { buildSchema } from '../../../src/api/schema';
import { GRAPHIQL_TABS } from '../../../src/api/graphiql-examples';
import { countingTestDatabase, testApi, type CountingDatabase, type TestApi } from '../../support/api';
import { memoryLogger } from '../../support/logger';
import { testConfig } from '../../support/neo4j';
import { selectionOrderMismatches } from '../../support/selection-order';
import { loadGraphOfShownOperations, SHOWN_OPERATIONS } from '../../support/shown-operations';

/** Async resolvers finish in an order that varies from run to run; every run must keep the selection's. */
const RUNS = 20;

describe('GraphQL responses keep the order of the selection', () => {
  let database: CountingDatabase;
  let api: TestApi;
  const schema = buildSchema();
  const log = memoryLogger('error');

  beforeAll(async () => {
    database = countingTestDatabase();
    await loadGraphOfShownOperations(database);
    api = testApi(database, testConfig(), log.logger);
  });

  afterAll(() => database.close());

  it('when the README and GraphiQL examples are collected, then there are some of each with variables', () => {
    expect(
      SHOWN_OPERATIONS.filter((operation) => operation.name.startsWith('README')).length,
    ).toBeGreaterThanOrEqual(4);
    expect(SHOWN_OPERATIONS.some((operation) => Object.keys(operation.variables).length > 0)).toBe(true);
    expect(SHOWN_OPERATIONS.filter((operation) => operation.name.startsWith('GraphiQL'))).toHaveLength(
      GRAPHIQL_TABS.length,
    );
  });

  it.each(SHOWN_OPERATIONS.map((operation) => [operation.name, operation] as const))(
    `when %s is run ${RUNS} times, then every object of every response has its keys in selection order`,
    async (_name, { query, variables }) => {
      const document = parse(query);
      const failures: string[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        const response = await api.query(query, variables);
        // The log holds the cause of an unexpected error, which the response masks.
        expect({ status: response.status, errors: response.body.errors, logged: log.entries }).toEqual({
          status: 200,
          errors: undefined,
          logged: [],
        });
        const mismatches = selectionOrderMismatches(document, response.body.data, { schema });
        for (const { path: at, expected, actual } of mismatches.slice(0, 3)) {
          failures.push(`run ${run}, ${at}: asked ${expected.join(' ')}, got ${actual.join(' ')}`);
        }
      }
      expect(failures).toEqual([]);
    },
  );
});
