import type { Database } from '../../src/db/database';
import { findArticleFolders } from '../../src/ingest/prepare-article';
import { loadArticles } from '../../src/ingest/load-articles';
import { applyGraphSchema } from '../../src/graph/write/graph-schema';
import { logLines, runInBackground, type BackgroundProcess } from '../support/entry-point';
import { emptyDatabase, readRows, snapshotGraph, type GraphSnapshot } from '../support/graph';
import { openTestDatabase, testConfig } from '../support/neo4j';

/** `npm run serve` (src/cli/serve.ts) on the test Neo4j, in production mode, on a free port. */
function serve(): BackgroundProcess {
  const { uri, user, password, database } = testConfig().neo4j;
  return runInBackground('serve.ts', {
    NODE_ENV: 'production',
    PORT: '0',
    NEO4J_URI: uri,
    NEO4J_USER: user,
    NEO4J_PASSWORD: password,
    NEO4J_DATABASE: database,
    LOG_LEVEL: 'info',
  });
}

const SERVING = /Serving GraphQL at http:\/\//;

/** Names of the search hits for `text`, through the API's HTTP endpoint. */
async function searchNames(baseUrl: string, text: string): Promise<unknown> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({
      query: 'query ($text: String!) { search(text: $text) { node { id } } }',
      variables: { text },
    }),
  });
  return response.json();
}

async function articleIds(database: Database): Promise<unknown[]> {
  const rows = await readRows(database, 'MATCH (a:Article) RETURN a.id AS id ORDER BY id');
  return rows.map((row) => row['id']);
}

async function fullTextIndexes(database: Database): Promise<unknown[]> {
  return database.read({ name: 'test-fulltext-indexes' }, async (tx) => {
    const result = await tx.run('SHOW FULLTEXT INDEXES YIELD name, state RETURN name, state ORDER BY name');
    return result.records.map((record) => `${record.get('name')} ${record.get('state')}`);
  });
}

/**
 * The graph without its version node (label GraphState), whose token differs on every load by
 * design: what two loads of the same articles must have alike.
 */
async function modelSnapshot(database: Database): Promise<GraphSnapshot> {
  const { nodes, relationships } = await snapshotGraph(database);
  return { nodes: nodes.filter((node) => !node.includes('"GraphState"')), relationships };
}

/** A fresh Neo4j, as a new container has: no nodes, no constraints, no indexes of ours. */
async function emptyNeo4j(database: Database): Promise<void> {
  await emptyDatabase(database);
  await database.write({ name: 'test-drop-schema' }, async (tx) => {
    const constraints = await tx.run('SHOW CONSTRAINTS YIELD name RETURN name');
    for (const record of constraints.records) await tx.run(`DROP CONSTRAINT ${record.get('name')}`);
  });
  await database.write({ name: 'test-drop-indexes' }, async (tx) => {
    const indexes = await tx.run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name");
    for (const record of indexes.records) await tx.run(`DROP INDEX ${record.get('name')}`);
  });
}

/** The ids of data/articles, which `npm start` loads into an empty graph. */
const COMMITTED_ARTICLES = findArticleFolders()
  .map((folder) => folder.split(/[\\/]/).pop())
  .sort();

describe('npm run serve readies the graph before it listens', () => {
  let database: Database;
  const running: BackgroundProcess[] = [];

  beforeAll(() => {
    database = openTestDatabase();
  });

  afterEach(async () => {
    await Promise.all(running.splice(0).map((api) => api.stop()));
  });

  afterAll(async () => {
    // Whatever happened above, the next test file finds the schema in place.
    await applyGraphSchema(database);
    await database.close();
  });

  it('when two start at once against a fresh Neo4j, then both apply the schema, one loads the committed articles, the other waits for it, and search works', async () => {
    await emptyNeo4j(database);
    expect(await fullTextIndexes(database)).toEqual([]);
    running.push(serve(), serve());
    await Promise.all(running.map((api) => api.waitFor(SERVING, 90_000)));

    const loads = running.flatMap((api) => logLines(api.output(), 'The graph was empty: loaded'));
    expect(loads).toEqual([expect.objectContaining({ articles: COMMITTED_ARTICLES })]);
    const skipped = running.flatMap((api) =>
      logLines(api.output(), 'Graph schema applied; the graph holds articles'),
    );
    expect(skipped).toHaveLength(1);
    expect(await articleIds(database)).toEqual(COMMITTED_ARTICLES);
    expect(await readRows(database, 'MATCH (n:FirstLoadLock) RETURN n')).toEqual([]);

    // The same graph as one load of the articles: nothing written twice, nothing half-written.
    const served = await modelSnapshot(database);
    await emptyDatabase(database);
    await loadArticles(database, findArticleFolders());
    expect(served).toEqual(await modelSnapshot(database));

    for (const api of running) {
      expect(await searchNames(api.url(), 'Kazakhstan')).toEqual({
        data: { search: expect.arrayContaining([{ node: { id: 'country:kazakhstan' } }]) },
      });
    }
  }, 120_000);

  it('when the full-text index was dropped from a loaded graph, then serve creates it again, loads nothing and search works', async () => {
    await emptyDatabase(database);
    await loadArticles(database, findArticleFolders());
    const before = await snapshotGraph(database);
    await database.write({ name: 'test-drop-index' }, (tx) => tx.run('DROP INDEX entity_names'));
    expect(await fullTextIndexes(database)).toEqual([]);

    const api = serve();
    running.push(api);
    await api.waitFor(SERVING, 90_000);

    expect(await fullTextIndexes(database)).toEqual(['entity_names ONLINE']);
    expect(logLines(api.output(), 'The graph was empty')).toEqual([]);
    expect(await snapshotGraph(database)).toEqual(before);
    expect(await searchNames(api.url(), 'Kazakhstan')).toEqual({
      data: { search: expect.arrayContaining([{ node: { id: 'country:kazakhstan' } }]) },
    });
  }, 120_000);
});
