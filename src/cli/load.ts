import { readConfig } from '../config';
import { loadArticles } from '../ingest/load-articles';
import { articleFolderOf, findArticleFolders } from '../ingest/prepare-article';
import { exitOnError } from './fail';
import { withDatabase } from './with-database';

/**
 * npm run load                      every article under data/articles
 * npm run load -- <folder or file>  one article (or several)
 * npm run load -- --include-drafts  drafted items too, marked as extracted
 */
async function main(args: string[]): Promise<void> {
  const includeDrafts = args.includes('--include-drafts');
  const unknown = args.filter((arg) => arg.startsWith('--') && arg !== '--include-drafts');
  if (unknown.length > 0)
    throw new Error(`Unknown option ${unknown.join(', ')}; the only option is --include-drafts`);
  const targets = args.filter((arg) => !arg.startsWith('--'));
  const folders = targets.length > 0 ? targets.map(articleFolderOf) : findArticleFolders();
  const config = readConfig();
  const loaded = await withDatabase(config, (database) => loadArticles(database, folders, { includeDrafts }));
  for (const article of loaded) {
    const { nodesCreated, relationshipsCreated, propertiesSet } = article.counts;
    console.log(
      `${article.articleId}: ${article.nodes} nodes and ${article.relationships} relationships in the article graph; ` +
        `this load created ${nodesCreated} nodes and ${relationshipsCreated} relationships and set ${propertiesSet} properties.`,
    );
    if (article.draftsLeftOut > 0) {
      console.log(
        `${article.articleId}: ${article.draftsLeftOut} drafted items were left out; mark them "review: reviewed" once checked, or load them as extracted facts with --include-drafts.`,
      );
    }
  }
}

main(process.argv.slice(2)).catch(exitOnError);
