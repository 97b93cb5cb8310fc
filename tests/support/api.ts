import { createApp, type App } from '../../src/app';
import { parseConfig, type Config } from '../../src/config';
import { Database, type TransactionWork, type UnitOfWork } from '../../src/db/database';
import { createDriver } from '../../src/db/driver';
import { createLogger, type Logger } from '../../src/logger';
import { loadSeedArticle } from './graph';
import { testConfig } from './neo4j';

/** A Database that counts its round trips to Neo4j, for tests of batching and limits. */
export class CountingDatabase extends Database {
  readonly units: string[] = [];

  override read<T>(unit: UnitOfWork, work: TransactionWork<T>): Promise<T> {
    this.units.push(unit.name);
    return super.read(unit, work);
  }

  reset(): void {
    this.units.length = 0;
  }
}

export function countingTestDatabase(config: Config = testConfig()): CountingDatabase {
  return new CountingDatabase(createDriver(config.neo4j), config.neo4j.database);
}

/** A counting database with the seed article freshly loaded, for API tests. */
export async function loadedCountingDatabase(): Promise<CountingDatabase> {
  const database = countingTestDatabase();
  await loadSeedArticle(database);
  return database;
}

/** The test configuration with some variables changed, such as NODE_ENV or a limit. */
export function configWith(overrides: Record<string, string>): Config {
  return parseConfig({ ...process.env, ...overrides });
}

export interface GraphQLResponse {
  status: number;
  body: {
    data?: Record<string, any> | null;
    errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
  };
}

export interface TestApi {
  app: App;
  /**
   * POSTs an operation as a client that accepts application/graphql-response+json, unless
   * `accept` says otherwise (such as application/json, for the older content type).
   */
  query(
    query: string,
    variables?: Record<string, unknown>,
    options?: { accept?: string },
  ): Promise<GraphQLResponse>;
}

/** The app, in-process (no port), over the given database; pass a memory logger to read its logs. */
export function testApi(
  database: Database,
  config: Config = testConfig(),
  logger: Logger = createLogger(config),
): TestApi {
  const app = createApp({ config, database, logger });
  return {
    app,
    async query(query, variables = {}, { accept = 'application/graphql-response+json' } = {}) {
      const response = await app.fetch('http://api.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as GraphQLResponse['body'] };
    },
  };
}

/** The data of a response that must have no errors. */
export function dataOf(response: GraphQLResponse): Record<string, any> {
  if (response.body.errors?.length)
    throw new Error(`GraphQL errors: ${JSON.stringify(response.body.errors)}`);
  return response.body.data ?? {};
}

export function errorCodes(response: GraphQLResponse): unknown[] {
  return (response.body.errors ?? []).map((error) => error.extensions?.['code']);
}
