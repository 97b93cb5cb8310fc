import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import { buildSchema } from '../../../src/api/schema';
import { GRAPHIQL_TABS } from '../../../src/api/graphiql-examples';
import { loadArticles } from '../../../src/ingest/load-articles';
import { PROJECT_ROOT } from '../../../src/project-root';
import { countingTestDatabase, testApi, type CountingDatabase, type TestApi } from '../../support/api';
import { SEED_ARTICLE_FOLDER } from '../../support/article';
import { emptyDatabase } from '../../support/graph';
import { memoryLogger } from '../../support/logger';
import { testConfig } from '../../support/neo4j';
import { selectionOrderMismatches } from '../../support/selection-order';
import { MANY_SOURCES_FOLDERS } from './many-sources-fixtures';

interface ShownOperation {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

/**
 * Every ```graphql block of the README, once with no variables and once with each JSON object the
 * prose right after it shows in backticks (such as {"asOf": "2025-05-26"}).
 */
function readmeOperations(): ShownOperation[] {
  const readme = fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/^([ \t]*)```graphql\n([\s\S]*?)^\1```[ \t]*$/gm)];
  return blocks.flatMap((block, index) => {
    const query = block[2]!.replace(new RegExp(`^${block[1]}`, 'gm'), '');
    const after = readme.slice(block.index + block[0].length);
    const prose = after.slice(0, after.search(/^\s*```/m) === -1 ? undefined : after.search(/^\s*```/m));
    const shown = [...prose.matchAll(/`(\{"[^`]*\})`/g)].map(
      (match) => JSON.parse(match[1]!) as Record<string, unknown>,
    );
    return [{}, ...shown].map((variables) => ({
      name: `README block ${index + 1} ${JSON.stringify(variables)}`,
      query,
      variables,
    }));
  });
}

const OPERATIONS: ShownOperation[] = [
  ...readmeOperations(),
  ...GRAPHIQL_TABS.map((tab, index) => ({
    name: `GraphiQL tab ${index + 1}`,
    query: tab.query,
    variables: {},
  })),
];

/** Async resolvers finish in an order that varies from run to run; every run must keep the selection's. */
const RUNS = 20;

describe('GraphQL responses keep the order of the selection', () => {
  let database: CountingDatabase;
  let api: TestApi;
  const schema = buildSchema();
  const log = memoryLogger('error');

  beforeAll(async () => {
    database = countingTestDatabase();
    await emptyDatabase(database);
    // The README's examples read the seed article and the many-sources fixtures (Ghana).
    await loadArticles(database, [SEED_ARTICLE_FOLDER, ...MANY_SOURCES_FOLDERS]);
    api = testApi(database, testConfig(), log.logger);
  });

  afterAll(() => database.close());

  it('when the README and GraphiQL examples are collected, then there are some of each with variables', () => {
    expect(
      OPERATIONS.filter((operation) => operation.name.startsWith('README')).length,
    ).toBeGreaterThanOrEqual(4);
    expect(OPERATIONS.some((operation) => Object.keys(operation.variables).length > 0)).toBe(true);
    expect(OPERATIONS.filter((operation) => operation.name.startsWith('GraphiQL'))).toHaveLength(
      GRAPHIQL_TABS.length,
    );
  });

  it.each(OPERATIONS.map((operation) => [operation.name, operation] as const))(
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
