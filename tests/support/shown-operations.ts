import fs from 'node:fs';
import path from 'node:path';
import { GRAPHIQL_TABS } from '../../src/api/graphiql-examples';
import type { Database } from '../../src/db/database';
import { loadArticles } from '../../src/ingest/load-articles';
import { PROJECT_ROOT } from '../../src/project-root';
import { MANY_SOURCES_FOLDERS } from '../integration/api/many-sources-fixtures';
import { SEED_ARTICLE_FOLDER } from './article';
import { emptyDatabase } from './graph';

export interface ShownOperation {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

/**
 * Every ```graphql block of the README, once with no variables and once with each JSON object the
 * prose right after it shows in backticks (such as {"asOf": "2025-05-26"}).
 */
function readmeOperations(): ShownOperation[] {
  const readme = fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/^([ \t]*)```graphql\n([\s\S]*?)^\1```[ \t]*$/gm)];
  return blocks.flatMap((block, index) => {
    const query = block[2]!.replace(new RegExp(`^${block[1]}`, 'gm'), '');
    const after = readme.slice(block.index + block[0].length);
    const prose = after.slice(0, after.search(/^\s*```/m) === -1 ? undefined : after.search(/^\s*```/m));
    const shown = [...prose.matchAll(/`(\{"[^`]*\})`/g)].map(
      (match) => JSON.parse(match[1]!) as Record<string, unknown>,
    );
    return [{}, ...shown].map((variables) => ({
      name: `README block ${index + 1} ${JSON.stringify(variables)}`,
      query,
      variables,
    }));
  });
}

/** The operations users see first: the README's and GraphiQL's. */
export const SHOWN_OPERATIONS: ShownOperation[] = [
  ...readmeOperations(),
  ...GRAPHIQL_TABS.map((tab, index) => ({
    name: `GraphiQL tab ${index + 1}`,
    query: tab.query,
    variables: {},
  })),
];

/** Empties the graph and loads what the shown operations read: the seed article and the many-sources fixtures (Ghana). */
export async function loadGraphOfShownOperations(database: Database): Promise<void> {
  await emptyDatabase(database);
  await loadArticles(database, [SEED_ARTICLE_FOLDER, ...MANY_SOURCES_FOLDERS]);
}
