import path from 'node:path';
import type { Database } from '../db/database';
import { readStoredArticles, type StoredArticle } from '../graph/read/stored-articles';
import { applyGraphSchema } from '../graph/write/graph-schema';
import { bumpGraphVersion, ensureGraphVersion } from '../graph/write/graph-version';
import { pruneGraph } from '../graph/write/prune-graph';
import { storeExtractions } from '../graph/write/stored-extractions';
import { writeGraph, type WriteCounts } from '../graph/write/write-graph';
import { buildGraph, type ArticleToBuild } from './materialize/build-graph';
import { ARTICLES_ROOT, prepareArticles, type PreparedArticle } from './prepare-article';
import { InvalidExtractionError, LoadRefusedError, type Problem } from './problems';
import { readOverrides } from './resolve/overrides-file';
import { resolveArticles } from './resolve/resolve-articles';
import { sourceFromStored } from './stored-sources';
import { validateExtraction } from './validate-extraction';

export interface LoadOptions {
  /** Load drafted items too, as facts with basis `extracted`. */
  includeDrafts?: boolean;
  /** Accept an article id the graph holds with a different text, replacing it. */
  replace?: boolean;
  /** The reviewed resolution overrides (data/resolution/overrides.yaml by default). */
  overridesFile?: string;
  /** Largest article text accepted, in bytes (ARTICLE_MAX_BYTES). */
  maxTextBytes?: number;
}

export interface LoadResult {
  /** The articles given, each with the drafted items left out of it. */
  articles: { articleId: string; draftsLeftOut: number; replaced: boolean }[];
  /** Every article the graph now holds. */
  articlesInGraph: number;
  nodes: number;
  relationships: number;
  counts: WriteCounts;
  /** Nodes and relationships an earlier load left that this graph no longer holds. */
  deleted: number;
  /** Items joined to an item of another article by resolution. */
  resolvedAcrossArticles: number;
  conflicts: number;
  /** Where the time went, in milliseconds. */
  timings: { validate: number; resolve: number; build: number; write: number; prune: number };
}

/**
 * Validates every given article first and writes nothing if any is invalid. Then, in one write
 * transaction, rebuilds the graph of every article the graph holds plus the given ones (a given
 * article replaces its earlier load): entity resolution across them, claims, conflicts; writes
 * it; removes what no article states any more; and keeps each given extraction. The graph is a
 * function of the set of articles, so the order of loads does not matter, and loading again
 * changes nothing.
 */
export async function loadArticles(
  database: Database,
  folders: readonly string[],
  options: LoadOptions = {},
): Promise<LoadResult> {
  const clock = stopwatch();
  const { prepared, problems } = prepareArticles(folders, options);
  if (problems.length > 0) throw new InvalidExtractionError(problems);
  const overrides = readOverrides(options.overridesFile);
  const validate = clock();
  await applyGraphSchema(database);
  await ensureGraphVersion(database);
  const unit = { name: 'load-articles', metadata: { articles: String(prepared.length) } };
  return database.write(unit, async (tx) => {
    clock();
    // First, so a load running at the same time waits here until this one commits.
    await bumpGraphVersion(tx);
    const stored = await readStoredArticles(tx);
    const articles = articlesToBuild(stored, prepared, options);
    const resolution = resolveArticles({
      articles: articles.map(({ source, valid }) => ({
        articleId: source.meta.id,
        publishedOn: source.meta.publishedOn ?? null,
        extraction: valid.extraction,
      })),
      overrides,
    });
    if (resolution.problems.length > 0) {
      throw new LoadRefusedError(
        resolution.problems.map((problem) => ({
          file: 'entity resolution',
          path: problem.refs?.join(', ') ?? '',
          reason: problem.reason,
        })),
      );
    }
    const resolve = clock();
    const document = buildGraph(articles, resolution);
    const build = clock();
    const counts = await writeGraph(tx, document);
    await storeExtractions(tx, prepared.map(storedExtractionOf(options)));
    const write = clock();
    const deleted = await pruneGraph(tx, document);
    const prune = clock();
    const storedIds = new Set(stored.map((article) => String(article.article['id'])));
    return {
      articles: prepared.map((article) => ({
        articleId: article.graph.articleId,
        draftsLeftOut: article.draftsLeftOut,
        replaced: storedIds.has(article.graph.articleId),
      })),
      articlesInGraph: articles.length,
      nodes: document.nodes.length,
      relationships: document.relationships.length,
      counts,
      deleted,
      resolvedAcrossArticles: resolution.items.filter(
        (item) => item.rule !== 'canonical' && item.rule !== 'same-id',
      ).length,
      conflicts: document.nodes.filter((node) => node.mergeLabel === 'Conflict').length,
      timings: { validate, resolve, build, write, prune },
    };
  });
}

/**
 * Every article the load builds: those the graph holds, rebuilt from their stored extractions,
 * and the given ones, which replace their earlier load. An id that comes back with a different
 * text is refused unless `replace` is asked for.
 */
function articlesToBuild(
  stored: readonly StoredArticle[],
  prepared: readonly PreparedArticle[],
  options: LoadOptions,
): ArticleToBuild[] {
  const given = new Map(prepared.map((article) => [article.graph.articleId, article]));
  const refusals: Problem[] = [];
  for (const article of stored) {
    const id = String(article.article['id']);
    const replacing = given.get(id);
    if (replacing && replacing.source.sha256 !== article.article['sha256'] && !options.replace) {
      refusals.push({
        file: path.join(replacing.source.folder, replacing.source.meta.textFile),
        path: '',
        reason: `the graph holds article ${id} with a different text; load it with --replace to replace it`,
      });
    }
  }
  const rebuilt = stored
    .filter((article) => !given.has(String(article.article['id'])))
    .map((article) => rebuildStored(article, refusals));
  if (refusals.length > 0) throw new LoadRefusedError(refusals);
  return [
    ...rebuilt.filter((article): article is ArticleToBuild => article !== null),
    ...prepared.map((article) => ({ source: article.source, valid: article.valid })),
  ];
}

/**
 * An article already in the graph, ready to be built again from its stored extraction. One an
 * older version loaded has none stored: its folder in data/articles is read instead.
 */
function rebuildStored(article: StoredArticle, refusals: Problem[]): ArticleToBuild | null {
  const id = String(article.article['id']);
  if (article.extractionJson === null) {
    const { prepared, problems } = prepareArticles([path.join(ARTICLES_ROOT, id)]);
    const found = prepared[0];
    if (found) return { source: found.source, valid: found.valid };
    refusals.push({
      file: `article ${id} in the graph`,
      path: '',
      reason: `it was loaded by an older version without its extraction, and data/articles/${id} does not hold it (${problems.map((p) => p.reason).join('; ')}); load its folder again`,
    });
    return null;
  }
  const source = sourceFromStored(article);
  const { valid, problems } = validateExtraction(
    JSON.parse(article.extractionJson),
    source,
    `stored extraction of ${id}`,
    {
      includeDrafts: article.includeDrafts,
    },
  );
  if (!valid) {
    refusals.push(...problems);
    return null;
  }
  return { source, valid };
}

function storedExtractionOf(options: LoadOptions) {
  return (article: PreparedArticle) => ({
    articleId: article.graph.articleId,
    json: JSON.stringify(article.raw),
    includeDrafts: options.includeDrafts ?? false,
  });
}

/** Milliseconds since the last call (or since it was made). */
function stopwatch(): () => number {
  let last = performance.now();
  return () => {
    const now = performance.now();
    const elapsed = now - last;
    last = now;
    return Math.round(elapsed);
  };
}
