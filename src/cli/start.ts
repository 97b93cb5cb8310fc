import type { Driver } from 'neo4j-driver';
import { readConfig, type Config } from '../config';
import { createDriver, verifyConnectivityWithRetry, waitForNeo4j } from '../db/driver';
import { AuthenticationError } from '../db/errors';
import { prepareGraph } from '../ingest/prepare-graph';
import { readLivePid, startLocalNeo4j } from '../local-neo4j/process';
import { localNeo4jSettings } from '../local-neo4j/settings';
import { createLogger, type Logger } from '../logger';
import { runService } from '../service';
import { exitOnError } from './fail';
import { ensureDotEnv } from './first-run';

/**
 * `npm start`: use the configured Neo4j if it answers; if it is configured on this machine and
 * nothing answers, start the local one first; otherwise wait for it with the configured back-off;
 * then serve the API, which applies the schema and loads the articles into an empty graph first,
 * as `npm run serve` does.
 */
async function main(): Promise<void> {
  ensureDotEnv();
  const config = readConfig();
  const logger = createLogger(config);
  await ensureNeo4j(config, logger);
  await runService(config, {
    prepareGraph: (database, serviceLogger) =>
      prepareGraph(database, serviceLogger, { maxTextBytes: config.articles.maxTextBytes }),
  });
}

async function ensureNeo4j(config: Config, logger: Logger): Promise<void> {
  const driver = createDriver(config.neo4j, logger);
  try {
    const firstError = await tryOnce(driver, config);
    if (firstError === null) return;
    const local = localNeo4jSettings(config);
    const starting = local === null ? null : readLivePid(local.home);
    if (local !== null && config.localNeo4j.autostart && starting === null) {
      console.log(`Nothing answers at ${config.neo4j.uri}; starting the local Neo4j.`);
      await startLocalNeo4j(local, { detached: true });
      console.log('It keeps running after the API stops; npm run neo4j:stop stops it.');
      return;
    }
    // A Neo4j elsewhere, one we may not start, or ours still starting: wait as configured.
    const waitingFor =
      local === null
        ? `Neo4j at ${config.neo4j.uri}`
        : starting !== null
          ? `the local Neo4j (pid ${starting}, still starting) at ${config.neo4j.uri}`
          : `Neo4j at ${config.neo4j.uri} (NEO4J_LOCAL_AUTOSTART is false, so it is not started here)`;
    await waitForNeo4j(driver, config.neo4j, logger, {
      waitingFor,
      failed: { attempts: 1, error: firstError },
    });
  } finally {
    await driver.close();
  }
}

/** One attempt: null when Neo4j answers, the error otherwise; wrong credentials end start-up. */
async function tryOnce(driver: Driver, config: Config): Promise<Error | null> {
  try {
    await verifyConnectivityWithRetry(driver, config.neo4j, { attempts: 1, backoffMs: 0 });
    return null;
  } catch (error) {
    if (error instanceof AuthenticationError || !(error instanceof Error)) throw error;
    return (error.cause as Error | undefined) ?? error;
  }
}

main().catch(exitOnError);
