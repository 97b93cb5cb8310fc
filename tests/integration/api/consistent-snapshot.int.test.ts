import type { Driver } from 'neo4j-driver';
import type { TransactionWork, UnitOfWork } from '../../../src/db/database';
import { createDriver } from '../../../src/db/driver';
import { MAX_RUNS } from '../../../src/api/plugins/request-transaction';
import { readGraphVersion } from '../../../src/graph/read/graph-version';
import { loadArticles } from '../../../src/ingest/load-articles';
import { CountingDatabase, dataOf, errorCodes, testApi, type TestApi } from '../../support/api';
import { SEED_ARTICLE_FOLDER, SEED_ARTICLE_ID } from '../../support/article';
import { emptyDatabase, loadSeedArticle } from '../../support/graph';
import { testConfig } from '../../support/neo4j';

/** A count read by one resolver and a list read by another, with DataLoader reads below it. */
const DASHBOARD = `{
  relations(first: 2) { totalCount edges { node { type } } }
  articles { id title }
}`;

interface Gate {
  /** Settles when the held read has been asked for (and waits). */
  reached: Promise<void>;
  release: () => void;
}

/**
 * The real Database (every read goes to Neo4j), which can hold a named read before it starts, so
 * a test can commit a load between two reads of one operation; it records what each read answered
 * and how many read transactions were opened.
 */
class GatedDatabase extends CountingDatabase {
  readonly answers: { name: string; value: unknown }[] = [];
  scopes = 0;
  private readonly gates = new Map<string, (() => Promise<void>)[]>();
  private readonly waiters: (() => void)[] = [];

  /** Holds the next read of `name` (the next after those already armed) until `release()`. */
  holdNext(name: string): Gate {
    let reach: () => void = () => undefined;
    let release: () => void = () => undefined;
    const reached = new Promise<void>((resolve) => (reach = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    const queue = this.gates.get(name) ?? [];
    queue.push(() => {
      reach();
      return released;
    });
    this.gates.set(name, queue);
    return { reached, release };
  }

  /** Settles once `count` reads of `name` have answered. */
  async answered(name: string, count: number): Promise<void> {
    while (this.answersOf(name).length < count) await new Promise<void>((r) => this.waiters.push(r));
  }

  answersOf(name: string): unknown[] {
    return this.answers.filter((answer) => answer.name === name).map((answer) => answer.value);
  }

  override readScope(unit: Parameters<CountingDatabase['readScope']>[0]) {
    this.scopes += 1;
    return super.readScope(unit);
  }

  override async read<T>(unit: UnitOfWork, work: TransactionWork<T>): Promise<T> {
    const gate = this.gates.get(unit.name)?.shift();
    if (gate) await gate();
    const value = await super.read(unit, work);
    this.answers.push({ name: unit.name, value });
    this.waiters.splice(0).forEach((wake) => wake());
    return value;
  }

  clear(): void {
    this.reset();
    this.answers.length = 0;
    this.scopes = 0;
    this.gates.clear();
  }
}

describe('one response, one state of the graph', () => {
  let driver: Driver;
  let database: GatedDatabase;
  let api: TestApi;

  beforeAll(async () => {
    const config = testConfig();
    driver = createDriver(config.neo4j);
    database = new GatedDatabase(driver, config.neo4j.database);
    // Once, so the schema and the version's constraint exist before the tests empty the graph.
    await loadSeedArticle(database);
    api = testApi(database, config);
  });

  beforeEach(async () => {
    await emptyDatabase(database);
    database.clear();
  });

  afterAll(() => database.close());

  /** The operation's count and its list, as the first run read them. */
  const firstRun = () => ({
    totalCount: (database.answersOf('count-relations')[0] as number | undefined) ?? null,
    articles: database.answersOf('list-articles')[0],
  });

  it('when a load commits between two reads of an operation, then the operation runs again and the response is all after the load', async () => {
    const gate = database.holdNext('list-articles');
    const pending = api.query(DASHBOARD);
    await gate.reached;
    // The count has answered from the empty graph; the list waits.
    await database.answered('count-relations', 1);
    await loadArticles(database, [SEED_ARTICLE_FOLDER]);
    gate.release();
    const response = await pending;

    // Left alone, the first run would have answered no relations beside the loaded article.
    expect(firstRun()).toEqual({ totalCount: 0, articles: [SEED_ARTICLE_ID] });
    const data = dataOf(response);
    expect(data['relations'].totalCount).toBeGreaterThan(0);
    expect(data['relations'].edges).toHaveLength(2);
    expect(data['articles']).toEqual([{ id: SEED_ARTICLE_ID, title: expect.any(String) }]);
    // Two runs, each in its own transaction, the second with DataLoaders of its own.
    expect(database.answersOf('list-articles')).toHaveLength(2);
    expect(database.answersOf('count-relations')).toHaveLength(2);
    expect(database.units.filter((unit) => unit === 'load-nodes')).toHaveLength(2);
    expect(database.scopes).toBe(2);
    // The same as an operation that began after the load.
    database.clear();
    expect(dataOf(await api.query(DASHBOARD))).toEqual(data);
  });

  it('when nothing commits while an operation reads, then it runs once, even if a load committed just before it', async () => {
    await loadArticles(database, [SEED_ARTICLE_FOLDER]);
    database.clear();
    const gate = database.holdNext('list-articles');
    const pending = api.query(DASHBOARD);
    await gate.reached;
    await database.answered('count-relations', 1);
    gate.release();
    const data = dataOf(await pending);

    expect(data['articles']).toEqual([{ id: SEED_ARTICLE_ID, title: expect.any(String) }]);
    expect(data['relations'].totalCount).toBe(firstRun().totalCount);
    expect(database.answersOf('list-articles')).toHaveLength(1);
    expect(database.scopes).toBe(1);
  });

  it(`when loads commit during each of ${MAX_RUNS} runs, then the response is GRAPH_CHANGING with no data, not a mixed answer`, async () => {
    const gates = Array.from({ length: MAX_RUNS }, () => database.holdNext('list-articles'));
    const pending = api.query(DASHBOARD);
    for (const [index, gate] of gates.entries()) {
      await gate.reached;
      await database.answered('count-relations', index + 1);
      // Loading the same article again changes no fact, but it is a commit: the version changes.
      await loadArticles(database, [SEED_ARTICLE_FOLDER]);
      gate.release();
    }
    const response = await pending;

    expect(errorCodes(response)).toEqual(['GRAPH_CHANGING']);
    expect(response.body.errors?.[0]?.extensions?.['runs']).toBe(MAX_RUNS);
    expect(response.body.data ?? null).toBeNull();
    expect(database.answersOf('list-articles')).toHaveLength(MAX_RUNS);
    expect(database.scopes).toBe(MAX_RUNS);
  });

  it('when a load commits, then the version changes, also when the load changes no fact', async () => {
    const version = () => database.read({ name: 'test-version' }, readGraphVersion);
    expect(await version()).toBeNull();
    await loadArticles(database, [SEED_ARTICLE_FOLDER]);
    const first = await version();
    expect(first).toEqual(expect.any(String));
    await loadArticles(database, [SEED_ARTICLE_FOLDER]);
    const second = await version();
    expect(second).not.toBe(first);
  });
});
