import { readConfig, type Config } from '../config';
import { createDriver, verifyConnectivityWithRetry } from '../db/driver';
import { AuthenticationError } from '../db/errors';
import { countArticles } from '../graph/read/articles';
import { loadArticles } from '../ingest/load-articles';
import { findArticleFolders } from '../ingest/prepare-article';
import { readLivePid, startLocalNeo4j } from '../local-neo4j/process';
import { localNeo4jSettings } from '../local-neo4j/settings';
import { runService } from '../service';
import { exitOnError } from './fail';
import { ensureDotEnv } from './first-run';
import { withDatabase } from './with-database';

/**
 * `npm start`: use the configured Neo4j if it answers; if it is configured on this machine and
 * nothing answers, start the local one first; load the articles into an empty graph; then serve
 * the API.
 */
async function main(): Promise<void> {
  ensureDotEnv();
  const config = readConfig();
  await ensureNeo4j(config);
  await loadArticlesIntoEmptyGraph(config);
  await runService(config);
}

/** A fresh database gets the committed articles, so the API has a graph to serve at once. */
async function loadArticlesIntoEmptyGraph(config: Config): Promise<void> {
  await withDatabase(config, async (database) => {
    const articles = await database.read({ name: 'count-articles' }, countArticles);
    if (articles > 0) return;
    const loaded = await loadArticles(database, findArticleFolders());
    console.log(`The graph was empty: loaded ${loaded.map((article) => article.articleId).join(', ')}.`);
  });
}

async function ensureNeo4j(config: Config): Promise<void> {
  const driver = createDriver(config.neo4j);
  try {
    await verifyConnectivityWithRetry(driver, config.neo4j, { attempts: 1, backoffMs: 0 });
    return;
  } catch (error) {
    const local = localNeo4jSettings(config);
    if (error instanceof AuthenticationError || local === null || !config.localNeo4j.autostart) throw error;
    if (readLivePid(local.home) !== null) return; // still starting: runService's retries wait for it
    console.log(`Nothing answers at ${config.neo4j.uri}; starting the local Neo4j.`);
    await startLocalNeo4j(local, { detached: true });
    console.log('It keeps running after the API stops; npm run neo4j:stop stops it.');
  } finally {
    await driver.close();
  }
}

main().catch(exitOnError);
