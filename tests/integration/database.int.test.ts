import neo4j from 'neo4j-driver';
import { toPlain } from '../../src/db/convert';
import { Database } from '../../src/db/database';
import { createDriver } from '../../src/db/driver';
import { ConstraintViolationError, QueryError, ReadOnlyViolationError } from '../../src/db/errors';
import { openTestDatabase, testConfig } from '../support/neo4j';

/** Labels used only here, so this file never touches the article graph. */
const LABEL = 'DatabaseLayerProbe';

describe('Database over Bolt', () => {
  let database: Database;

  beforeAll(async () => {
    database = openTestDatabase();
    await database.write({ name: 'test-setup' }, (tx) =>
      tx.run(
        `CREATE CONSTRAINT database_layer_probe_key IF NOT EXISTS FOR (p:${LABEL}) REQUIRE p.key IS UNIQUE`,
      ),
    );
  });

  afterEach(() =>
    database.write({ name: 'test-cleanup' }, (tx) => tx.run(`MATCH (p:${LABEL}) DETACH DELETE p`)),
  );

  afterAll(async () => {
    await database.write({ name: 'test-teardown' }, (tx) =>
      tx.run('DROP CONSTRAINT database_layer_probe_key IF EXISTS'),
    );
    await database.close();
  });

  it('when a node is written, then a read transaction reads it back', async () => {
    await database.write({ name: 'write-probe' }, (tx) =>
      tx.run(`CREATE (:${LABEL} {key: $key, name: $name})`, { key: 'a', name: 'Astana Hub' }),
    );
    const names = await database.read({ name: 'read-probe' }, async (tx) => {
      const result = await tx.run(`MATCH (p:${LABEL} {key: $key}) RETURN p.name AS name`, { key: 'a' });
      return result.records.map((record) => record.get('name') as string);
    });
    expect(names).toEqual(['Astana Hub']);
  });

  it('when a unique key is written twice, then the second write fails with ConstraintViolationError', async () => {
    const create = () =>
      database.write({ name: 'write-probe' }, (tx) => tx.run(`CREATE (:${LABEL} {key: 'dup'})`));
    await create();
    await expect(create()).rejects.toBeInstanceOf(ConstraintViolationError);
    const count = await database.read({ name: 'count-probe' }, async (tx) =>
      toPlain((await tx.run(`MATCH (p:${LABEL} {key: 'dup'}) RETURN count(p) AS n`)).records[0]?.get('n')),
    );
    expect(count).toBe(1);
  });

  it('when a read transaction tries to write, then Neo4j refuses with ReadOnlyViolationError', async () => {
    await expect(
      database.read({ name: 'illegal-write' }, (tx) => tx.run(`CREATE (:${LABEL} {key: 'sneaky'})`)),
    ).rejects.toBeInstanceOf(ReadOnlyViolationError);
  });

  it('when Cypher does not parse, then the error is a QueryError carrying the Neo4j code', async () => {
    const failure = database.read({ name: 'bad-cypher' }, (tx) => tx.run('MATCH (n RETURN n'));
    await expect(failure).rejects.toBeInstanceOf(QueryError);
    await expect(failure).rejects.toMatchObject({ neo4jCode: 'Neo.ClientError.Statement.SyntaxError' });
  });

  it('when integers and dates come back from Neo4j, then they convert to plain JSON values', async () => {
    await database.write({ name: 'write-probe' }, (tx) =>
      tx.run(
        `CREATE (:${LABEL} {key: 'typed', year: 2012, big: 9007199254740993, day: date('2024-12-05'),
                            at: datetime('2025-05-26T09:30:00Z'), years: [2012, 2023]})`,
      ),
    );
    const row = await database.read({ name: 'read-probe' }, async (tx) => {
      const record = (await tx.run(`MATCH (p:${LABEL} {key: 'typed'}) RETURN p {.*} AS p`)).records[0];
      return toPlain(record?.get('p'));
    });
    expect(row).toEqual({
      key: 'typed',
      year: 2012,
      big: '9007199254740993',
      day: '2024-12-05',
      at: '2025-05-26T09:30:00Z',
      years: [2012, 2023],
    });
  });

  it('when parameters carry integers, then they are stored as Neo4j integers, not floats', async () => {
    const type = await database.write({ name: 'write-probe' }, async (tx) => {
      const result = await tx.run(`CREATE (p:${LABEL} {key: 'int', n: $n}) RETURN valueType(p.n) AS type`, {
        n: neo4j.int(26),
      });
      return result.records[0]?.get('type') as string;
    });
    expect(type).toBe('INTEGER NOT NULL');
  });

  it('when the URI uses the neo4j:// routing scheme, then the same database layer works', async () => {
    const config = testConfig();
    const routed = new Database(
      createDriver({ ...config.neo4j, uri: config.neo4j.uri.replace(/^bolt:/, 'neo4j:') }),
      config.neo4j.database,
    );
    try {
      const answer = await routed.read({ name: 'routing-probe' }, async (tx) =>
        toPlain((await tx.run('RETURN 42 AS n')).records[0]?.get('n')),
      );
      expect(answer).toBe(42);
    } finally {
      await routed.close();
    }
  });
});
