import type { Database } from '../db/database';
import { DatabaseError } from '../db/errors';
import { countArticles } from '../graph/read/articles';
import {
  dropFirstLoadLockNode,
  ensureFirstLoadLock,
  takeFirstLoadLock,
} from '../graph/write/first-load-lock';
import { applyGraphSchema } from '../graph/write/graph-schema';
import type { Logger } from '../logger';
import { loadArticles } from './load-articles';
import { findArticleFolders } from './prepare-article';

export interface PrepareGraphOptions {
  /** Largest article text accepted, in bytes (ARTICLE_MAX_BYTES). */
  maxTextBytes?: number;
}

export interface PreparedGraph {
  /** The articles this process loaded: none unless the graph held no article. */
  loaded: string[];
}

/**
 * What every start of the API does before it listens, so `npm start`, `npm run serve` and the
 * container all serve the same graph: applies the schema (idempotent: a dropped constraint or
 * full-text index comes back, so search never fails for lack of it), then loads the committed
 * articles into a graph that holds none. A graph with articles is left as it is.
 */
export async function prepareGraph(
  database: Database,
  logger: Pick<Logger, 'info'>,
  options: PrepareGraphOptions = {},
): Promise<PreparedGraph> {
  // Said first: on a fresh Neo4j the indexes and a first load take a while before the API listens.
  logger.info('Applying the graph schema; a graph without articles then gets data/articles loaded.');
  await outlastingSchemaRaces(() => applyGraphSchema(database));
  await outlastingSchemaRaces(() => ensureFirstLoadLock(database));
  const loaded = await loadIntoEmptyGraph(database, options);
  if (loaded.length > 0) {
    logger.info({ articles: loaded }, `The graph was empty: loaded ${loaded.join(', ')}.`);
  } else {
    logger.info('Graph schema applied; the graph holds articles, so none were loaded.');
  }
  return { loaded };
}

/** Generous: a first load takes seconds; a process waiting for another's gives up after this. */
const FIRST_LOAD_TIMEOUT_MS = 10 * 60_000;

/**
 * Loads the articles when the graph holds none, under the first-load lock: of several processes
 * starting at once, one loads and the others wait for it, then find the articles and load
 * nothing. The count is read after the lock is taken, so it sees what the holder committed.
 */
async function loadIntoEmptyGraph(database: Database, options: PrepareGraphOptions): Promise<string[]> {
  const unit = { name: 'first-load', timeoutMs: FIRST_LOAD_TIMEOUT_MS };
  return database.write(unit, async (tx) => {
    await takeFirstLoadLock(tx);
    let loaded: string[] = [];
    if ((await countArticles(tx)) === 0) {
      // The load runs in a transaction of its own, committed before this one ends and frees the lock.
      const result = await loadArticles(database, findArticleFolders(), {
        maxTextBytes: options.maxTextBytes,
      });
      loaded = result.articles.map((article) => article.articleId);
    }
    await dropFirstLoadLockNode(tx);
    return loaded;
  });
}

/**
 * Runs idempotent schema statements again when they lost a race: two processes creating the same
 * index at once both pass IF NOT EXISTS, and the later commit is refused as "an equivalent index
 * already exists". Run again, IF NOT EXISTS sees it. Each lost race means one more rule exists,
 * so there are at most as many rounds as statements; the bound only keeps a surprise finite.
 */
export async function outlastingSchemaRaces(apply: () => Promise<void>, rounds = 20): Promise<void> {
  for (let round = 1; ; round++) {
    try {
      return await apply();
    } catch (error) {
      if (round >= rounds || !isSchemaRace(error)) throw error;
    }
  }
}

function isSchemaRace(error: unknown): boolean {
  return (
    error instanceof DatabaseError &&
    /^Neo\.ClientError\.Schema\.\w*AlreadyExists$/.test(error.neo4jCode ?? '')
  );
}
