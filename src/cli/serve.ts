import { readConfig } from '../config';
import { prepareGraph } from '../ingest/prepare-graph';
import { runService } from '../service';
import { exitOnError } from './fail';

/**
 * Serves the API against the configured Neo4j, starting nothing else (containers, production).
 * Neo4j may still be starting or recovering: runService waits for it with the configured back-off
 * (NEO4J_CONNECT_ATTEMPTS, NEO4J_CONNECT_BACKOFF_MS), each wait logged. Then, as `npm start` does,
 * the schema is applied and an empty graph gets the committed articles, before the API listens.
 */
async function main(): Promise<void> {
  const config = readConfig();
  await runService(config, {
    prepareGraph: (database, logger) =>
      prepareGraph(database, logger, { maxTextBytes: config.articles.maxTextBytes }),
  });
}

main().catch(exitOnError);
