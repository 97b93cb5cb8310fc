import { createApp } from './app';
import type { Config } from './config';
import { Database } from './db/database';
import { createDriver, verifyConnectivityWithRetry } from './db/driver';
import { createLogger } from './logger';
import { listen, type RunningServer } from './server';

/**
 * Connects to Neo4j, serves the app, and closes both on SIGTERM or SIGINT: the server first, so
 * in-flight requests finish while the driver is still open.
 */
export async function runService(config: Config): Promise<RunningServer> {
  const logger = createLogger(config);
  const driver = createDriver(config.neo4j);
  await verifyConnectivityWithRetry(driver, config.neo4j, {
    attempts: config.neo4j.connectAttempts,
    backoffMs: config.neo4j.connectBackoffMs,
    onRetry: (attempt, waitMs, error) =>
      logger.warn(
        { attempt, waitMs, reason: error.message },
        `Neo4j at ${config.neo4j.uri} did not answer yet`,
      ),
  });
  const database = new Database(driver, config.neo4j.database);
  const app = createApp({ config, database, logger });
  const server = await listen(app, config.http.host, config.http.port);
  logger.info({ url: server.url, neo4j: config.neo4j.uri }, `Serving GraphQL at ${server.url}/graphql`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'Shutting down');
    try {
      await server.close();
      await database.close();
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'Shutdown failed');
      process.exit(1);
    }
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
  return server;
}
