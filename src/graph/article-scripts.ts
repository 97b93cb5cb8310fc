import path from 'node:path';
import type { PreparedArticle } from '../ingest/prepare-article';
import { PROJECT_ROOT } from '../project-root';
import { cypherScript } from './cypher-script';
import { readSchemaScript } from './graph-schema';

export const CYPHER_ARTICLES_DIR = path.join(PROJECT_ROOT, 'cypher', 'articles');

export function articleScriptFile(articleId: string): string {
  return path.join(CYPHER_ARTICLES_DIR, `${articleId}.cypher`);
}

/** The committed Cypher script of each article, as it should read now. */
export function renderArticleScripts(
  prepared: readonly PreparedArticle[],
): { articleId: string; script: string }[] {
  const schema = readSchemaScript();
  return prepared.map((article) => ({
    articleId: article.graph.articleId,
    script: cypherScript(article.graph, schema, [
      path.relative(PROJECT_ROOT, path.join(article.source.folder, article.source.meta.textFile)),
      path.relative(PROJECT_ROOT, article.extractionFile),
    ]),
  }));
}
