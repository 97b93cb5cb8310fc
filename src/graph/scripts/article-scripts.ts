import path from 'node:path';
import type { GraphDocument } from '../model';
import { PROJECT_ROOT } from '../../project-root';
import { cypherScript } from './cypher-script';
import { readSchemaScript } from '../write/graph-schema';

export const CYPHER_ARTICLES_DIR = path.join(PROJECT_ROOT, 'cypher', 'articles');

export function articleScriptFile(articleId: string): string {
  return path.join(CYPHER_ARTICLES_DIR, `${articleId}.cypher`);
}

/** An article's graph and the files it was made from, named in the script's header. */
export interface ArticleGraph {
  graph: GraphDocument;
  sourceFiles: readonly string[];
}

/** The committed Cypher script of each article, as it should read now. */
export function renderArticleScripts(
  articles: readonly ArticleGraph[],
): { articleId: string; script: string }[] {
  const schema = readSchemaScript();
  return articles.map(({ graph, sourceFiles }) => ({
    articleId: graph.articleId,
    script: cypherScript(
      graph,
      schema,
      sourceFiles.map((file) => path.relative(PROJECT_ROOT, file)),
    ),
  }));
}
