import { readConfig } from '../config';
import { loadArticles } from '../ingest/load-articles';
import { articleFolderOf, findArticleFolders } from '../ingest/prepare-article';
import { exitOnError, UsageError } from './fail';
import { withDatabase } from './with-database';

/**
 * npm run load                      every article under data/articles
 * npm run load -- <folder or file>  one article (or several)
 * npm run load -- --include-drafts  drafted items too, marked as extracted
 * npm run load -- --replace         replace an article the graph holds with a different text
 */
async function main(args: string[]): Promise<void> {
  const includeDrafts = args.includes('--include-drafts');
  const replace = args.includes('--replace');
  const unknown = args.filter(
    (arg) => arg.startsWith('--') && !['--include-drafts', '--replace'].includes(arg),
  );
  if (unknown.length > 0)
    throw new UsageError(
      `Unknown option ${unknown.join(', ')}; the options are --include-drafts and --replace`,
    );
  const targets = args.filter((arg) => !arg.startsWith('--'));
  const folders = targets.length > 0 ? targets.map(articleFolderOf) : findArticleFolders();
  const config = readConfig();
  const result = await withDatabase(config, (database) =>
    loadArticles(database, folders, {
      includeDrafts,
      replace,
      maxTextBytes: config.articles.maxTextBytes,
    }),
  );
  for (const article of result.articles) {
    console.log(`${article.articleId}: ${article.replaced ? 'replaced its earlier load' : 'loaded'}.`);
    if (article.draftsLeftOut > 0) {
      console.log(
        `${article.articleId}: ${article.draftsLeftOut} drafted items were left out; mark them "review: reviewed" once checked, or load them as extracted facts with --include-drafts.`,
      );
    }
  }
  const { nodesCreated, relationshipsCreated, propertiesSet } = result.counts;
  console.log(
    `The graph holds ${result.articlesInGraph} article(s): ${result.nodes} nodes and ${result.relationships} relationships; ` +
      `${result.resolvedAcrossArticles} items resolved to items of other articles, ${result.conflicts} conflict(s) between sources. ` +
      `This load created ${nodesCreated} nodes and ${relationshipsCreated} relationships, set ${propertiesSet} properties and removed ${result.deleted} stale ones.`,
  );
}

main(process.argv.slice(2)).catch(exitOnError);
