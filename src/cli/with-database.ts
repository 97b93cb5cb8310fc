import type { Config } from '../config';
import { Database } from '../db/database';
import { createDriver, verifyConnectivityWithRetry } from '../db/driver';

/** Opens the configured database for one command line task and always closes it. */
export async function withDatabase<T>(config: Config, task: (database: Database) => Promise<T>): Promise<T> {
  const driver = createDriver(config.neo4j);
  const database = new Database(driver, config.neo4j.database);
  try {
    await verifyConnectivityWithRetry(driver, config.neo4j, {
      attempts: config.neo4j.connectAttempts,
      backoffMs: config.neo4j.connectBackoffMs,
    });
    return await task(database);
  } finally {
    await database.close();
  }
}
