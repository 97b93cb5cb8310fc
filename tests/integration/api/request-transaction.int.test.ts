import type { Driver, Session } from 'neo4j-driver';
import { createDriver } from '../../../src/db/driver';
import { Database, type ReadScope } from '../../../src/db/database';
import { DatabaseTimeoutError } from '../../../src/db/errors';
import { READ_GRAPH_VERSION } from '../../../src/graph/read/graph-version';
import { CountingDatabase, configWith, dataOf, errorCodes, testApi } from '../../support/api';
import { loadSeedArticle } from '../../support/graph';
import { openTestDatabase, testConfig } from '../../support/neo4j';
import { spyOnStatements, type SpiedStatement } from '../../support/statement-spy';

/** Root fields read by three resolvers, and nested fields read by DataLoaders. */
const DASHBOARD = `{
  articles { id }
  relations(first: 3) { totalCount edges { node { type source { id } target { id } } } }
  events(first: 2) { totalCount edges { node { id participants { role actor { name } } } } }
}`;

interface SessionUse {
  sessions: number;
  closed: number;
  /** The configuration of each explicit transaction begun. */
  transactions: Parameters<Session['beginTransaction']>[0][];
  /** Transactions of their own: managed (executeRead/executeWrite) or auto-commit (run). */
  others: string[];
}

/**
 * Watches the real driver's sessions (nothing is replaced: every call goes through to Neo4j), so
 * a test can tell how many transactions an operation began.
 */
function watchSessions(driver: Driver): SessionUse {
  const use: SessionUse = { sessions: 0, closed: 0, transactions: [], others: [] };
  const open = driver.session.bind(driver);
  jest.spyOn(driver, 'session').mockImplementation((config) => {
    const session: Session = open(config);
    use.sessions += 1;
    const begin = session.beginTransaction.bind(session);
    jest.spyOn(session, 'beginTransaction').mockImplementation((txConfig) => {
      use.transactions.push({ ...txConfig });
      return begin(txConfig);
    });
    for (const method of ['executeRead', 'executeWrite', 'run'] as const) {
      const original = session[method].bind(session) as (...args: unknown[]) => unknown;
      jest.spyOn(session, method).mockImplementation(((...args: unknown[]) => {
        use.others.push(method);
        return original(...args);
      }) as never);
    }
    const close = session.close.bind(session);
    jest.spyOn(session, 'close').mockImplementation(async () => {
      use.closed += 1;
      await close();
    });
    return session;
  });
  return use;
}

/**
 * The read scopes the operations open, so a test can wait until their transactions are closed:
 * the response does not wait for the rollback (see ReadScope.close).
 */
function watchScopes(database: Database): { ended: () => Promise<void> } {
  const scopes: ReadScope[] = [];
  const open = database.readScope.bind(database);
  jest.spyOn(database, 'readScope').mockImplementation((unit) => {
    const scope = open(unit);
    scopes.push(scope);
    return scope;
  });
  return { ended: async () => void (await Promise.all(scopes.map((scope) => scope.ended()))) };
}

describe('one read transaction per GraphQL operation', () => {
  let driver: Driver;
  let database: CountingDatabase;

  beforeAll(async () => {
    const config = testConfig();
    driver = createDriver(config.neo4j);
    database = new CountingDatabase(driver, config.neo4j.database);
    await loadSeedArticle(database);
  });

  afterEach(() => jest.restoreAllMocks());

  afterAll(() => database.close());

  it('when an operation reads in several resolvers and DataLoaders, then every read runs in one transaction, closed after the response', async () => {
    const api = testApi(database, configWith({ GRAPHQL_READ_TIMEOUT_MS: '7000' }));
    database.reset();
    const use = watchSessions(driver);
    const scopes = watchScopes(database);
    const response = await api.app.fetch('http://api.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'dashboard-1' },
      body: JSON.stringify({ query: DASHBOARD }),
    });
    const data = dataOf({ status: response.status, body: (await response.json()) as never });

    expect(data['articles'].length).toBeGreaterThan(0);
    expect(data['relations'].edges).toHaveLength(3);
    expect(data['events'].edges[0].node.participants.length).toBeGreaterThan(0);
    // Reads of three root fields and of the loaders below them…
    expect(database.units.length).toBeGreaterThanOrEqual(5);
    expect(database.units.some((unit) => unit.startsWith('load-'))).toBe(true);
    // …all in one session and one explicit transaction, which carries the request id and timeout.
    expect(use.sessions).toBe(1);
    expect(use.transactions).toEqual([
      {
        metadata: { app: 'bilateral-ties', unit: 'graphql', requestId: 'dashboard-1' },
        timeout: 7000,
      },
    ]);
    expect(use.others).toEqual([]);
    await scopes.ended();
    expect(use.closed).toBe(1);
  });

  it('when two operations run at the same time, then each has a transaction of its own', async () => {
    const api = testApi(database);
    const use = watchSessions(driver);
    const scopes = watchScopes(database);
    const [first, second] = await Promise.all([api.query(DASHBOARD), api.query(DASHBOARD)]);
    expect(dataOf(first)).toEqual(dataOf(second));
    expect(use.transactions).toHaveLength(2);
    const requestIds = use.transactions.map(
      (transaction) => (transaction?.metadata as Record<string, unknown> | undefined)?.['requestId'],
    );
    expect(new Set(requestIds).size).toBe(2);
    await scopes.ended();
    expect(use.closed).toBe(2);
  });

  it('when an operation is refused before execution or reads nothing, then no transaction is begun', async () => {
    const api = testApi(database);
    const use = watchSessions(driver);
    const overLimit = await api.query(`{ events(first: 0) { totalCount } }`);
    expect(errorCodes(overLimit)).toEqual(['BAD_USER_INPUT']);
    expect(dataOf(await api.query(`{ __typename }`))).toEqual({ __typename: 'Query' });
    expect(use.sessions).toBe(0);
  });

  it('when a field fails with a client error, then the transaction is still closed and the next operation reads normally', async () => {
    const api = testApi(database);
    const use = watchSessions(driver);
    const scopes = watchScopes(database);
    const missing = await api.query(`{ articles { id } node(id: "person:nobody-at-all") { id } }`);
    expect(missing.body.data?.['articles'].length).toBeGreaterThan(0);
    expect(missing.body.data?.['node']).toBeNull();
    expect(errorCodes(missing)).toEqual(['NOT_FOUND']);
    await scopes.ended();
    expect(use.closed).toBe(use.sessions);
    expect(dataOf(await api.query(`{ articles { id } }`))['articles'].length).toBeGreaterThan(0);
  });
});

describe("the graph's version around an operation's reads", () => {
  let database: Database;
  const sent: string[] = [];

  beforeAll(() => {
    const config = testConfig();
    database = new Database(
      spyOnStatements(createDriver(config.neo4j), (statement) => sent.push(statement.cypher)),
      config.neo4j.database,
    );
  });

  beforeEach(() => {
    sent.length = 0;
  });

  afterAll(() => database.close());

  it('when an operation reads, then its transaction reads the version first, sent ahead of its first read, and once more at the end', async () => {
    const data = dataOf(await testApi(database).query(DASHBOARD));
    expect(data['articles'].length).toBeGreaterThan(0);
    expect(sent[0]).toBe(READ_GRAPH_VERSION);
    expect(sent.at(-1)).toBe(READ_GRAPH_VERSION);
    expect(sent.filter((cypher) => cypher === READ_GRAPH_VERSION)).toHaveLength(2);
    expect(sent.length).toBeGreaterThanOrEqual(7);
  });

  it('when an operation reads once outside the one-statement plan, then the version is read once, ahead of it, and not again', async () => {
    const data = dataOf(await testApi(database).query(`{ node(id: "country:rwanda") { id } }`));
    expect(data['node']).toEqual({ id: 'country:rwanda' });
    expect(sent).toHaveLength(2);
    expect(sent[0]).toBe(READ_GRAPH_VERSION);
    expect(sent[1]).not.toBe(READ_GRAPH_VERSION);
  });
});

describe('an operation planned as one statement', () => {
  /** The driver itself, for watchSessions; the database reads through a spy around it. */
  let driver: Driver;
  let database: Database;
  const sent: SpiedStatement[] = [];

  beforeAll(async () => {
    const config = testConfig();
    driver = createDriver(config.neo4j);
    database = new Database(
      spyOnStatements(driver, (statement) => sent.push(statement)),
      config.neo4j.database,
    );
    await loadSeedArticle(database);
  });

  beforeEach(() => {
    sent.length = 0;
  });

  afterEach(() => jest.restoreAllMocks());

  afterAll(() => database.close());

  it.each([
    [
      'a bilateral view',
      `{ bilateralRelation(countryA: "country:rwanda", countryB: "country:kazakhstan") { nameEn sectors { eventCount } } }`,
    ],
    ['a neighbourhood', `{ __typename neighborhood(id: "person:murat-nurtleu", depth: 2) { nodes { id } } }`],
    ['a search', `{ search(text: "Astana", first: 3) { score node { id } } }`],
  ])(
    'when %s is the only root field, then it goes out as one auto-commit statement with the request id and timeout, and no version read',
    async (_name, query) => {
      const api = testApi(database, configWith({ GRAPHQL_READ_TIMEOUT_MS: '6000' }));
      const use = watchSessions(driver);
      const scopes = watchScopes(database);
      const response = await api.app.fetch('http://api.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'one-statement-1' },
        body: JSON.stringify({ query }),
      });
      expect(response.status).toBe(200);
      expect((await response.json()).errors).toBeUndefined();
      expect(sent).toHaveLength(1);
      expect(sent[0]!.via).toBe('session');
      expect(sent[0]!.config).toEqual({
        metadata: { app: 'bilateral-ties', unit: 'graphql', requestId: 'one-statement-1' },
        timeout: 6000,
      });
      expect(use.transactions).toEqual([]);
      await scopes.ended();
      expect(use.closed).toBe(use.sessions);
    },
  );

  it('when an operation planned as one statement reads more, then it runs again in a transaction, and its next request runs in one from the start', async () => {
    const api = testApi(database);
    const deep = `{ bilateralRelation(countryA: "country:rwanda", countryB: "country:kazakhstan") {
      timeline { nameEn participants { actor { name } } } } }`;
    const first = dataOf(await api.query(deep));
    // The view alone (dropped when a loader asked for more), then the transaction's reads.
    expect(sent[0]!.via).toBe('session');
    expect(sent.slice(1).every((statement) => statement.via === 'transaction')).toBe(true);
    expect(sent.filter((statement) => statement.cypher === READ_GRAPH_VERSION)).toHaveLength(2);
    const viewStatements = sent.filter((statement) => statement.cypher === sent[0]!.cypher);
    expect(viewStatements).toHaveLength(2);
    const readsInTransaction = sent.filter(
      (statement) => statement.via === 'transaction' && statement.cypher !== READ_GRAPH_VERSION,
    ).length;

    sent.length = 0;
    const second = dataOf(await api.query(deep));
    expect(second).toEqual(first);
    expect(
      first['bilateralRelation'].timeline.some(
        (event: { participants: unknown[] }) => event.participants.length > 0,
      ),
    ).toBe(true);
    expect(sent.every((statement) => statement.via === 'transaction')).toBe(true);
    expect(sent.filter((statement) => statement.cypher !== READ_GRAPH_VERSION)).toHaveLength(
      readsInTransaction,
    );
  });
});

describe('a read past its transaction timeout', () => {
  it('when Neo4j ends it at the timeout, then the error is a DatabaseTimeoutError', async () => {
    const database = openTestDatabase();
    try {
      const slow = database.read({ name: 'test-slow-read', timeoutMs: 200 }, (tx) =>
        tx.run('UNWIND range(1, 2000000000) AS x RETURN count(x) AS n'),
      );
      await expect(slow).rejects.toBeInstanceOf(DatabaseTimeoutError);
      await expect(slow).rejects.toMatchObject({
        neo4jCode: expect.stringMatching(/^Neo\.ClientError\.Transaction\.TransactionTimedOut/),
      });
    } finally {
      await database.close();
    }
  });
});
