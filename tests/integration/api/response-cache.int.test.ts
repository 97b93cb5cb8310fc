import { Database } from '../../../src/db/database';
import { createDriver } from '../../../src/db/driver';
import { READ_GRAPH_VERSION } from '../../../src/graph/read/graph-version';
import { loadArticles } from '../../../src/ingest/load-articles';
import {
  CountingDatabase,
  configWith,
  countingTestDatabase,
  dataOf,
  testApi,
  type TestApi,
} from '../../support/api';
import { SEED_ARTICLE_FOLDER, SEED_ARTICLE_ID } from '../../support/article';
import { emptyDatabase, loadSeedArticle } from '../../support/graph';
import { testConfig } from '../../support/neo4j';
import { spyOnStatements } from '../../support/statement-spy';

const DASHBOARD = `query Dashboard($first: Int!) {
  relations(first: $first) { totalCount }
  articles { id title }
}`;

describe('responses kept for dashboards that poll (GRAPHQL_RESPONSE_CACHE_ENTRIES)', () => {
  let database: CountingDatabase;
  let api: TestApi;

  beforeAll(async () => {
    database = countingTestDatabase();
    await loadSeedArticle(database);
    api = testApi(database, configWith({ GRAPHQL_RESPONSE_CACHE_ENTRIES: '50' }));
  });

  afterAll(() => database.close());

  const ask = async (first = 2) => {
    database.reset();
    const data = dataOf(await api.query(DASHBOARD, { first }));
    return { data, reads: [...database.units] };
  };

  it('when the same operation comes again with nothing loaded in between, then it is answered without reading the graph', async () => {
    const first = await ask();
    expect(first.reads).toEqual(expect.arrayContaining(['list-articles', 'count-relations']));
    const again = await ask();
    expect(again.data).toEqual(first.data);
    expect(again.reads).toEqual([]);
    // Other variables are another question.
    expect((await ask(1)).reads.length).toBeGreaterThan(0);
  });

  it('when a load commits, then the next operation reads the graph afresh and shows the load', async () => {
    await emptyDatabase(database);
    await loadArticles(database, [SEED_ARTICLE_FOLDER]);
    const before = await ask();
    expect((await ask()).reads).toEqual([]);
    // An empty graph has no version: nothing is kept for it.
    await emptyDatabase(database);
    const empty = await ask();
    expect(empty.data).toEqual({ relations: { totalCount: 0 }, articles: [] });
    expect((await ask()).reads.length).toBeGreaterThan(0);

    await loadArticles(database, [SEED_ARTICLE_FOLDER]);
    const after = await ask();
    expect(after.reads).toEqual(expect.arrayContaining(['list-articles', 'count-relations']));
    expect(after.data).toEqual(before.data);
    expect(after.data['articles']).toEqual([{ id: SEED_ARTICLE_ID, title: expect.any(String) }]);
    // The same articles loaded again: the data is equal, but the load is new, so it is read again.
    await loadArticles(database, [SEED_ARTICLE_FOLDER]);
    expect((await ask()).reads.length).toBeGreaterThan(0);
    expect((await ask()).reads).toEqual([]);
  });

  it('when an operation is answered from the cache, then the one statement it sends is the version read', async () => {
    const config = testConfig();
    const sent: string[] = [];
    const spied = new Database(
      spyOnStatements(createDriver(config.neo4j), (statement) => sent.push(statement.cypher)),
      config.neo4j.database,
    );
    try {
      const cached = testApi(spied, configWith({ GRAPHQL_RESPONSE_CACHE_ENTRIES: '5' }));
      const first = dataOf(await cached.query(DASHBOARD, { first: 2 }));
      // A miss: the version alone, then the operation's reads, then the version again.
      expect(sent[0]).toBe(READ_GRAPH_VERSION);
      expect(sent.length).toBeGreaterThan(3);
      sent.length = 0;
      expect(dataOf(await cached.query(DASHBOARD, { first: 2 }))).toEqual(first);
      expect(sent).toEqual([READ_GRAPH_VERSION]);
    } finally {
      await spied.close();
    }
  });
});
