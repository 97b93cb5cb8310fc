import { Database } from '../../../src/db/database';
import { createDriver } from '../../../src/db/driver';
import {
  configWith,
  loadedCountingDatabase,
  dataOf,
  errorCodes,
  testApi,
  type CountingDatabase,
} from '../../support/api';
import { memoryLogger } from '../../support/logger';
import { testConfig } from '../../support/neo4j';
import { freePort } from '../../support/ports';

describe('operation limits', () => {
  let database: CountingDatabase;

  beforeAll(async () => {
    database = await loadedCountingDatabase();
  }, 180_000);

  afterAll(() => database.close());

  const limited = () =>
    testApi(
      database,
      configWith({
        GRAPHQL_MAX_DEPTH: '5',
        GRAPHQL_MAX_ALIASES: '2',
        GRAPHQL_MAX_COST: '300',
        GRAPHQL_MAX_PAGE_SIZE: '10',
        GRAPHQL_MAX_LIST_LENGTH: '5',
      }),
    );

  const overLimit: [limit: string, query: string, code: string, message: RegExp][] = [
    [
      'depth',
      `{ events { edges { node { participants { actor { participations { event { id } } } } } } } }`,
      'QUERY_TOO_COMPLEX',
      /^Query depth limit of 5 exceeded, found \d+\.$/,
    ],
    [
      'aliases',
      `{ a: status { database } b: status { database } c: status { database } }`,
      'QUERY_TOO_COMPLEX',
      /^Aliases limit of 2 exceeded, found 3\.$/,
    ],
    [
      'cost',
      `{ events(first: 10) { edges { node { id name nameEn kind status aliases time { text value precision start end yearInferred inference } cameo { code label } } } } }`,
      'QUERY_TOO_COMPLEX',
      /^Query Cost limit of 300 exceeded, found [\d.]+\.$/,
    ],
    [
      'page size',
      `{ events(first: 11) { edges { node { id } } } }`,
      'BAD_USER_INPUT',
      /events\(first: 11\) is over the limit of page size \(GRAPHQL_MAX_PAGE_SIZE = 10\)/,
    ],
    [
      'page size by default',
      `{ relations { totalCount } }`,
      'BAD_USER_INPUT',
      /relations\(first: 50\) is over the limit of page size/,
    ],
    [
      'neighborhood depth',
      `{ neighborhood(id: "country:rwanda", depth: 4, limit: 5) { truncated } }`,
      'BAD_USER_INPUT',
      /neighborhood\(depth: 4\) is over the limit of neighborhood depth/,
    ],
    [
      'list length',
      `{ nodes(ids: ["a:1", "a:2", "a:3", "a:4", "a:5", "a:6"]) { id } }`,
      'BAD_USER_INPUT',
      /^nodes\(ids\) has 6 items, over the limit of 5 \(GRAPHQL_MAX_LIST_LENGTH\)/,
    ],
    [
      'list length inside a filter',
      `{ events(first: 5, filter: { kinds: ["a", "b", "c", "d", "e", "f"] }) { totalCount } }`,
      'BAD_USER_INPUT',
      /^events\(filter\.kinds\) has 6 items, over the limit of 5/,
    ],
    [
      'path length',
      `{ shortestPath(from: "a:b", to: "c:d", maxHops: 11) { truncated } }`,
      'BAD_USER_INPUT',
      /maxHops at most 10/,
    ],
  ];

  it.each(overLimit)(
    'when an operation is over the %s limit, then it is refused before Neo4j with %s, HTTP 400 and a message naming the limit',
    async (_limit, query, code, message) => {
      database.reset();
      const response = await limited().query(query);
      expect(response.status).toBe(400);
      expect(errorCodes(response)).toEqual([code]);
      expect(response.body.errors?.[0]?.message).toMatch(message);
      expect(response.body.data ?? null).toBeNull();
      expect(database.units).toEqual([]);
    },
  );

  it.each(overLimit)(
    'when a client that accepts only application/json is over the %s limit, then the refusal comes with HTTP 200 and %s',
    async (_limit, query, code) => {
      const response = await limited().query(query, {}, { accept: 'application/json' });
      expect(response.status).toBe(200);
      expect(errorCodes(response)).toEqual([code]);
    },
  );

  it('when an operation is over several limits, then each refusal is reported with its code', async () => {
    const response = await limited().query(
      `{ a: events(first: 10) { edges { node { participants { actor { participations { event { id name nameEn kind aliases } } } } } } }
         b: status { database } c: status { database } }`,
    );
    expect(response.status).toBe(400);
    expect(errorCodes(response)).toEqual(['QUERY_TOO_COMPLEX', 'QUERY_TOO_COMPLEX', 'QUERY_TOO_COMPLEX']);
    expect(response.body.errors?.map((error) => error.message).join('\n')).not.toMatch(/Syntax Error/);
  });

  it('when the page size comes from a variable, then the limit still applies', async () => {
    database.reset();
    const response = await limited().query(`query($n: Int) { search(text: "Astana", first: $n) { score } }`, {
      n: 500,
    });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.body.errors?.[0]?.message).toMatch(/search\(first: 500\)/);
    expect(database.units).toEqual([]);
  });

  it('when one operation is sent again with other variables, then each request is checked with its own', async () => {
    // The same text parses to the same document, whose fields with arguments are found once.
    const api = limited();
    const query = `query($n: Int) { search(text: "Astana", first: $n) { score } }`;
    expect(dataOf(await api.query(query, { n: 5 }))['search']).toEqual(expect.any(Array));
    database.reset();
    const refused = await api.query(query, { n: 500 });
    expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.body.errors?.[0]?.message).toMatch(/search\(first: 500\)/);
    expect(database.units).toEqual([]);
    expect(dataOf(await api.query(query, { n: 5 }))['search']).toEqual(expect.any(Array));
  });

  it('when a list comes from a variable, however long (within the body limit), then it is refused before Neo4j naming the limit', async () => {
    database.reset();
    const ids = Array.from({ length: 20_000 }, (_, i) => `country:c${i}`);
    const response = await limited().query(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids });
    expect(response.status).toBe(400);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.body.errors?.[0]?.message).toBe(
      'nodes(ids) has 20000 items, over the limit of 5 (GRAPHQL_MAX_LIST_LENGTH): send at most 5 at a time.',
    );
    expect(database.units).toEqual([]);
  });

  it('when a list is within the limit, then it runs', async () => {
    const response = await limited().query(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, {
      ids: ['country:rwanda', 'country:kazakhstan', 'country:nowhere'],
    });
    expect(dataOf(response)['nodes']).toEqual([{ id: 'country:rwanda' }, { id: 'country:kazakhstan' }, null]);
  });

  it('when the items of a list or a page size from a variable take the cost over the limit, then it is refused before Neo4j', async () => {
    const costly = testApi(database, configWith({ GRAPHQL_MAX_COST: '300' }));
    const query = `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`;
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `country:c${i}`);
    database.reset();
    const tooMany = await costly.query(query, { ids: ids(100) });
    expect(tooMany.status).toBe(400);
    expect(errorCodes(tooMany)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(tooMany.body.errors?.[0]?.message).toBe(
      'Query Cost limit of 300 exceeded, found 350, counting the items of lists and variables.',
    );
    const paged = await costly.query(
      `query($n: Int) { events(first: $n) { edges { node { id name nameEn kind status aliases time { text value precision start end yearInferred inference } cameo { code label } } } } }`,
      { n: 10 },
    );
    expect(errorCodes(paged)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(database.units).toEqual([]);
    expect(dataOf(await costly.query(query, { ids: ids(80) }))['nodes']).toHaveLength(80);
  });

  it('when a variable has the wrong type, then graphql-js refuses it as BAD_USER_INPUT, HTTP 400 (200 for application/json)', async () => {
    database.reset();
    const query = `query($n: Int) { search(text: "Astana", first: $n) { score } }`;
    const response = await limited().query(query, { n: 'ten' });
    expect(response.status).toBe(400);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.body.errors?.[0]?.message).toMatch(/Variable "\$n" got invalid value "ten"/);
    expect((await limited().query(query, { n: 'ten' }, { accept: 'application/json' })).status).toBe(200);
    expect(database.units).toEqual([]);
  });

  it('when a search has more words than Lucene takes, then it is refused as BAD_USER_INPUT naming the limit, before Neo4j', async () => {
    database.reset();
    const query = `query($text: String!) { search(text: $text) { score } }`;
    const tooMany = await limited().query(query, {
      text: Array.from({ length: 1025 }, (_, i) => `w${i}`).join(' '),
    });
    expect(errorCodes(tooMany)).toEqual(['BAD_USER_INPUT']);
    expect(tooMany.body.errors?.[0]?.message).toBe('text has 1025 words; a search takes at most 1024');
    expect(database.units).toEqual([]);
    const atTheLimit = await limited().query(query, {
      text: Array.from({ length: 1024 }, (_, i) => `w${i}`).join(' '),
    });
    expect(dataOf(atTheLimit)['search']).toEqual([]);
  });

  it('when an operation is within every limit, then it runs', async () => {
    expect(
      dataOf(await limited().query(`{ events(first: 10) { edges { node { id } } } }`))['events'].edges,
    ).toHaveLength(7);
  });
});

describe('error codes', () => {
  let database: CountingDatabase;

  beforeAll(async () => {
    database = await loadedCountingDatabase();
  }, 180_000);

  afterAll(() => database.close());

  it('when arguments are malformed, then each is BAD_USER_INPUT with a message naming it', async () => {
    const api = testApi(database);
    const cases: [string, RegExp][] = [
      [`{ events(after: "not-a-cursor") { totalCount } }`, /`after` is not a cursor returned by this API/],
      [
        `{ events(filter: { from: "May 2025" }) { totalCount } }`,
        /filter.from must be a date written YYYY-MM-DD, not "May 2025"/,
      ],
      [
        `{ relations(filter: { types: ["LIKES"] }) { totalCount } }`,
        /filter.types: unknown relationship type\(s\) LIKES/,
      ],
      [
        `{ neighborhood(id: "country:rwanda", relationshipTypes: ["MENTIONED_IN"]) { truncated } }`,
        /relationshipTypes: unknown relationship type\(s\) MENTIONED_IN/,
      ],
    ];
    for (const [query, message] of cases) {
      const response = await api.query(query);
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.body.errors?.[0]?.message).toMatch(message);
    }
  });

  it('when the operation does not fit the schema, then it is refused as GRAPHQL_VALIDATION_FAILED naming the value', async () => {
    const response = await testApi(database).query(
      `{ events(filter: { status: [SOMETIME] }) { totalCount } }`,
    );
    expect(errorCodes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(response.body.errors?.[0]?.message).toMatch(/SOMETIME/);
  });

  it('when something unexpected fails outside development, then it is masked with a request id', async () => {
    const failing = new (class extends Database {
      override read(): Promise<never> {
        return Promise.reject(new TypeError('secret internal detail'));
      }
    })(createDriver(testConfig().neo4j), 'neo4j');
    try {
      const logs = memoryLogger();
      const response = await testApi(failing, configWith({ NODE_ENV: 'production' }), logs.logger).query(
        `{ events { totalCount } }`,
      );
      expect(errorCodes(response)).toEqual(['INTERNAL_SERVER_ERROR']);
      expect(response.body.errors?.[0]?.message).toBe('Unexpected error.');
      const requestId = response.body.errors?.[0]?.extensions?.['requestId'];
      expect(requestId).toEqual(expect.any(String));
      expect(JSON.stringify(response.body)).not.toContain('secret internal detail');
      expect(logs.at('error')).toEqual([
        expect.objectContaining({
          requestId,
          msg: 'Unexpected error in a GraphQL request',
          err: expect.objectContaining({ message: 'secret internal detail' }),
        }),
      ]);

      const development = await testApi(
        failing,
        configWith({ NODE_ENV: 'development' }),
        memoryLogger().logger,
      ).query(`{ events { totalCount } }`);
      expect(development.body.errors?.[0]?.message).toContain('secret internal detail');
    } finally {
      await failing.close();
    }
  });

  it('when Neo4j cannot be reached, then the error is SERVICE_UNAVAILABLE and /ready is 503', async () => {
    const config = testConfig();
    const dead = new Database(
      createDriver({ ...config.neo4j, uri: `bolt://127.0.0.1:${await freePort()}` }),
      'neo4j',
    );
    try {
      const api = testApi(dead);
      const response = await api.query(`{ events { totalCount } }`);
      expect(errorCodes(response)).toEqual(['SERVICE_UNAVAILABLE']);
      expect((await api.app.fetch('http://api.test/ready')).status).toBe(503);
    } finally {
      await dead.close();
    }
  });
});
