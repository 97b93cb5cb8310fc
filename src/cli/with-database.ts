import type { Config } from '../config';
import { Database } from '../db/database';
import { createDriver, verifyConnectivityWithRetry, waitForNeo4j } from '../db/driver';
import { createLogger, type Logger } from '../logger';

export interface CommandDatabaseOptions {
  /** Where waits and the driver's own lines are logged; by default a logger on stderr. */
  logger?: Logger;
  /**
   * `configured` (the default): wait for Neo4j as NEO4J_CONNECT_ATTEMPTS and
   * NEO4J_CONNECT_BACKOFF_MS say, logging each wait. `once`: one attempt of at most 3 s, for
   * commands a person waits on, which should rather fail at once and say why.
   */
  patience?: 'configured' | 'once';
}

/** Opens the configured database for one command line task and always closes it. */
export async function withDatabase<T>(
  config: Config,
  task: (database: Database) => Promise<T>,
  options: CommandDatabaseOptions = {},
): Promise<T> {
  // stderr: a command's stdout is its answer (npm run cypher -- … --format json > rows.json).
  const logger = options.logger ?? createLogger(config, { stream: 'stderr' });
  const once = options.patience === 'once';
  const driver = createDriver(config.neo4j, logger, once ? { connectionTimeoutMs: 3_000 } : {});
  const database = new Database(driver, config.neo4j.database);
  try {
    if (once) await verifyConnectivityWithRetry(driver, config.neo4j, { attempts: 1, backoffMs: 0 });
    else await waitForNeo4j(driver, config.neo4j, logger);
    return await task(database);
  } finally {
    await database.close();
  }
}
