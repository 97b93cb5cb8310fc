import { createApp } from './app';
import type { Config } from './config';
import { Database } from './db/database';
import { createDriver, waitForNeo4j } from './db/driver';
import { createLogger, type Logger } from './logger';
import { listen, type RunningServer } from './server';

export interface ServiceOptions {
  /**
   * Readies the graph before the API listens (the schema, and the articles of an empty graph),
   * so /ready answers only once there is a graph to serve. The entry points pass the loader's;
   * it is given here because this layer may not reach the loader itself.
   */
  prepareGraph: (database: Database, logger: Logger) => Promise<unknown>;
}

/**
 * Connects to Neo4j, readies the graph, serves the app, and closes both on SIGTERM or SIGINT: the
 * server first, so in-flight requests finish while the driver is still open.
 */
export async function runService(config: Config, options: ServiceOptions): Promise<RunningServer> {
  const logger = createLogger(config);
  // The driver's own log lines go through our logger, as JSON in production.
  const driver = createDriver(config.neo4j, logger);
  await waitForNeo4j(driver, config.neo4j, logger);
  const database = new Database(driver, config.neo4j.database);
  try {
    await options.prepareGraph(database, logger);
  } catch (error) {
    await database.close();
    throw error;
  }
  const app = createApp({ config, database, logger });
  const server = await listen(app, config.http.host, config.http.port, config.http);
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
