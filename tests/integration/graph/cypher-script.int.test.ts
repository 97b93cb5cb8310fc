import fs from 'node:fs';
import type { Database } from '../../../src/db/database';
import { articleScriptFile, renderArticleScripts } from '../../../src/graph/scripts/article-scripts';
import { splitCypherStatements } from '../../../src/graph/scripts/cypher-statements';
import { loadArticles } from '../../../src/ingest/load-articles';
import { prepareArticles } from '../../../src/ingest/prepare-article';
import { SEED_ARTICLE_FOLDER, SEED_ARTICLE_ID } from '../../support/article';
import { emptyDatabase, snapshotGraph } from '../../support/graph';
import { openTestDatabase } from '../../support/neo4j';

describe('the plain Cypher script of the article', () => {
  let database: Database;
  const scriptFile = articleScriptFile(SEED_ARTICLE_ID);

  beforeAll(() => {
    database = openTestDatabase();
  });

  afterAll(() => database.close());

  it('when regenerated from the data, then it equals the committed file (run npm run cypher:generate if not)', () => {
    const { prepared } = prepareArticles([SEED_ARTICLE_FOLDER]);
    const [rendered] = renderArticleScripts(prepared);
    expect(fs.readFileSync(scriptFile, 'utf8')).toBe(rendered?.script);
  });

  it('when run statement by statement on an empty database, then it yields exactly the graph the loader makes', async () => {
    await emptyDatabase(database);
    const statements = splitCypherStatements(fs.readFileSync(scriptFile, 'utf8'));
    expect(statements.length).toBeGreaterThan(10);
    for (const statement of statements) {
      await database.write({ name: 'test-run-script' }, (tx) => tx.run(statement));
    }
    const fromScript = await snapshotGraph(database);

    await emptyDatabase(database);
    await loadArticles(database, [SEED_ARTICLE_FOLDER]);
    // The loader also keeps the extraction it loaded (to rebuild the graph later); the script is
    // the graph alone.
    const loaded = await snapshotGraph(database);
    const fromLoader = {
      nodes: loaded.nodes.filter((line) => !line.includes('"Extraction"')),
      relationships: loaded.relationships.filter((line) => !line.includes('"HAS_EXTRACTION"')),
    };
    expect(loaded.nodes.length - fromLoader.nodes.length).toBe(1);

    const { prepared } = prepareArticles([SEED_ARTICLE_FOLDER]);
    expect(fromScript.nodes.length).toBe(prepared[0]!.graph.nodes.length);
    expect(fromScript.relationships.length).toBe(prepared[0]!.graph.relationships.length);
    expect(fromScript.nodes.length).toBeGreaterThan(71);
    expect(fromScript).toEqual(fromLoader);
  });
});
