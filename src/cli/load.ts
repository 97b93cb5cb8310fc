import { readConfig } from '../config';
import { loadArticles } from '../ingest/load-articles';
import { articleFolderOf, findArticleFolders } from '../ingest/prepare-article';
import { exitOnError } from './fail';
import { withDatabase } from './with-database';

/**
 * npm run load                      every article under data/articles
 * npm run load -- <folder or file>  one article (or several)
 */
async function main(targets: string[]): Promise<void> {
  const folders = targets.length > 0 ? targets.map(articleFolderOf) : findArticleFolders();
  const config = readConfig();
  const loaded = await withDatabase(config, (database) => loadArticles(database, folders));
  for (const article of loaded) {
    const { nodesCreated, relationshipsCreated, propertiesSet } = article.counts;
    console.log(
      `${article.articleId}: ${article.nodes} nodes and ${article.relationships} relationships in the article graph; ` +
        `this load created ${nodesCreated} nodes and ${relationshipsCreated} relationships and set ${propertiesSet} properties.`,
    );
  }
}

main(process.argv.slice(2)).catch(exitOnError);
