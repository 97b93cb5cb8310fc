import fs from 'node:fs';
import path from 'node:path';
import {
  CYPHER_ARTICLES_DIR,
  articleScriptFile,
  renderArticleScripts,
} from '../graph/scripts/article-scripts';
import { InvalidExtractionError } from '../ingest/problems';
import { findArticleFolders, prepareArticles } from '../ingest/prepare-article';
import { exitOnError } from './fail';

/** npm run cypher:generate: writes cypher/articles/<article>.cypher for every article. */
function main(): void {
  const { prepared, problems } = prepareArticles(findArticleFolders());
  if (problems.length > 0) throw new InvalidExtractionError(problems);
  fs.mkdirSync(CYPHER_ARTICLES_DIR, { recursive: true });
  for (const { articleId, script } of renderArticleScripts(prepared)) {
    const file = articleScriptFile(articleId);
    fs.writeFileSync(file, script);
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

try {
  main();
} catch (error) {
  exitOnError(error);
}
