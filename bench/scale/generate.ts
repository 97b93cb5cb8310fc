/**
 * Builds the benchmark graph in an empty database: the real article(s) of data/articles loaded
 * with the project's loader, then synthetic data shaped like the model (bench/scale/plan.ts) up
 * to a total number of relationships. Meant for a throwaway Neo4j (bench/scale/throwaway.ts),
 * never the configured graph.
 */
import { Database } from '../../src/db/database';
import { loadArticles } from '../../src/ingest/load-articles';
import { findArticleFolders } from '../../src/ingest/prepare-article';
import { DEFAULT_SEED, planSyntheticGraph } from './plan';
import { ARTICLE_HUB_IDS } from './synthetic-graph';
import { writeChunk } from './write-chunk';

export interface GenerateOptions {
  /** Relationships the whole graph should hold, the article's included. */
  relationships: number;
  seed?: number;
  log?: (line: string) => void;
}

export interface GraphSize {
  nodes: number;
  relationships: number;
}

export interface GenerateResult extends GraphSize {
  /** Relationships of the article graph alone. */
  articleRelationships: number;
  /** Milliseconds spent loading the article(s) and writing the synthetic data. */
  timings: { load: number; synthetic: number };
}

export async function generateScaleGraph(
  database: Database,
  options: GenerateOptions,
): Promise<GenerateResult> {
  const log = options.log ?? (() => undefined);
  const before = await graphSize(database);
  if (before.nodes > 0)
    throw new Error(
      `The benchmark graph is built in an empty database; this one holds ${before.nodes} nodes.`,
    );
  let started = performance.now();
  await loadArticles(database, findArticleFolders());
  const load = performance.now() - started;
  await assertHubsPresent(database);
  const article = await graphSize(database);
  const budget = Math.max(0, options.relationships - article.relationships);
  started = performance.now();
  let written = 0;
  for (const chunk of planSyntheticGraph({ relationships: budget, seed: options.seed ?? DEFAULT_SEED })) {
    await database.write({ name: 'bench-scale-generate' }, (tx) => writeChunk(tx, chunk));
    written += chunk.relationships.length;
    log(`  ${written.toLocaleString('en')} of ${budget.toLocaleString('en')} synthetic relationships`);
  }
  const synthetic = performance.now() - started;
  const after = await graphSize(database);
  return { ...after, articleRelationships: article.relationships, timings: { load, synthetic } };
}

export async function graphSize(database: Database): Promise<GraphSize> {
  return database.read({ name: 'bench-scale-size' }, async (tx) => {
    const nodes = await tx.run('MATCH (n) RETURN count(n) AS count');
    const relationships = await tx.run('MATCH ()-[r]->() RETURN count(r) AS count');
    return {
      nodes: Number(nodes.records[0]!.get('count')),
      relationships: Number(relationships.records[0]!.get('count')),
    };
  });
}

/** Removes every node in batches, so even the largest graph goes without a huge transaction. */
export async function emptyGraph(database: Database): Promise<void> {
  for (;;) {
    const deleted = await database.write({ name: 'bench-scale-empty' }, async (tx) => {
      const result = await tx.run('MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS deleted');
      return Number(result.records[0]!.get('deleted'));
    });
    if (deleted === 0) return;
  }
}

/** The synthetic data attaches to these nodes of the article graph; a changed article must say so. */
async function assertHubsPresent(database: Database): Promise<void> {
  const found = await database.read({ name: 'bench-scale-hubs' }, async (tx) => {
    const result = await tx.run('MATCH (n:Entity) WHERE n.id IN $ids RETURN collect(n.id) AS ids', {
      ids: ARTICLE_HUB_IDS,
    });
    return result.records[0]!.get('ids') as string[];
  });
  const missing = ARTICLE_HUB_IDS.filter((id) => !found.includes(id));
  if (missing.length > 0)
    throw new Error(`The article graph lacks nodes the synthetic data attaches to: ${missing.join(', ')}`);
}
