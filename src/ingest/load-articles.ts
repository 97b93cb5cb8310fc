import type { Database } from '../db/database';
import { applyGraphSchema } from '../graph/write/graph-schema';
import { writeGraph, type WriteCounts } from '../graph/write/write-graph';
import { InvalidExtractionError } from './problems';
import { prepareArticles } from './prepare-article';

export interface LoadedArticle {
  articleId: string;
  nodes: number;
  relationships: number;
  counts: WriteCounts;
  /** Drafted items left out because drafts were not asked for. */
  draftsLeftOut: number;
}

export interface LoadOptions {
  /** Load drafted items too, as facts with basis `extracted`. */
  includeDrafts?: boolean;
}

/**
 * Validates every given article first and writes nothing if any is invalid; then applies the
 * schema and writes each article in one transaction of its own. Loading again changes nothing.
 */
export async function loadArticles(
  database: Database,
  folders: readonly string[],
  options: LoadOptions = {},
): Promise<LoadedArticle[]> {
  const { prepared, problems } = prepareArticles(folders, options);
  if (problems.length > 0) throw new InvalidExtractionError(problems);
  await applyGraphSchema(database);
  const loaded: LoadedArticle[] = [];
  for (const article of prepared) {
    const counts = await database.write(
      { name: 'load-article', metadata: { article: article.graph.articleId } },
      (tx) => writeGraph(tx, article.graph),
    );
    loaded.push({
      articleId: article.graph.articleId,
      nodes: article.graph.nodes.length,
      relationships: article.graph.relationships.length,
      counts,
      draftsLeftOut: article.draftsLeftOut,
    });
  }
  return loaded;
}
