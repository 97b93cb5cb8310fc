import { Database } from '../../../src/db/database';
import { createDriver } from '../../../src/db/driver';
import { GRAPHIQL_TABS } from '../../../src/api/graphiql-examples';
import { READ_GRAPH_VERSION } from '../../../src/graph/read/graph-version';
import { readNeighborhood } from '../../../src/graph/read/subgraph';
import { dataOf, testApi, type TestApi } from '../../support/api';
import { loadSeedArticle } from '../../support/graph';
import { testConfig } from '../../support/neo4j';
import { spyOnStatements, type SpiedStatement } from '../../support/statement-spy';

/**
 * Round trips to Neo4j per operation: every statement a request sends is counted where it leaves
 * for the database (the driver's sessions and transactions), while the real Neo4j answers.
 */

const README_BILATERAL = `{
  bilateralRelation(countryA: "country:kazakhstan", countryB: "country:rwanda") {
    since { value text }
    timeline { nameEn status time { value yearInferred } }
    sectors { subject { nameEn } eventCount }
    agreements { state negotiationLevels }
  }
}`;

const README_NEIGHBOURHOOD = `{
  neighborhood(id: "person:murat-nurtleu", depth: 2) {
    nodes { id type displayName properties }
    edges { id type source target properties evidence { basis } }
  }
}`;

const tab = (operation: string) => {
  const found = GRAPHIQL_TABS.find((entry) => entry.query.includes(`query ${operation}`));
  if (!found) throw new Error(`No GraphiQL tab runs ${operation}`);
  return found.query;
};

describe('round trips to Neo4j per operation', () => {
  const statements: SpiedStatement[] = [];
  let database: Database;
  let api: TestApi;

  beforeAll(async () => {
    const config = testConfig();
    database = new Database(
      spyOnStatements(createDriver(config.neo4j), (statement) => statements.push(statement)),
      config.neo4j.database,
    );
    await loadSeedArticle(database);
    api = testApi(database, config);
  });

  afterAll(() => database.close());

  /**
   * The data of the operation and the statements it sent, in order, without the reads of the
   * graph's version around an operation's transaction when it has one (request-transaction.int
   * tests them): an operation of one root field planned as one statement has neither.
   */
  const run = async (query: string) => {
    statements.length = 0;
    const data = dataOf(await api.query(query));
    const sent = statements.map((statement) => statement.cypher);
    return { data, sent: sent.filter((cypher) => cypher !== READ_GRAPH_VERSION) };
  };

  it('when the GraphiQL bilateral view runs, then one statement answers it, the positions of its people included', async () => {
    const { data, sent } = await run(tab('BilateralView'));
    const view = data['bilateralRelation'];
    expect(view.since.establishedBy.nameEn).toBe(
      'Establishment of diplomatic relations between Kazakhstan and Rwanda',
    );
    expect(view.timeline.length).toBeGreaterThan(0);
    expect(
      view.people.flatMap((entry: { person: { positions: unknown[] } }) => entry.person.positions).length,
    ).toBeGreaterThan(0);
    expect(sent).toHaveLength(1);
  });

  it('when the README bilateral view runs, then one statement answers it and ESTABLISHED_BY is never read', async () => {
    const { data, sent } = await run(README_BILATERAL);
    expect(data['bilateralRelation'].since).toEqual({ value: '2012', text: 'mu mwaka wa 2012' });
    expect(data['bilateralRelation'].sectors.length).toBeGreaterThan(0);
    expect(sent).toHaveLength(1);
    expect(sent.join('\n')).not.toContain('ESTABLISHED_BY');
    // Only the selected parts: no people, initiatives, topics or conflicts.
    expect(sent.join('\n')).not.toMatch(/PARTICIPANT_IN|:Initiative|:Topic|CONFLICT_ABOUT/);
  });

  it.each([
    ['the GraphiQL neighbourhood', tab('Neighborhood')],
    ['the README neighbourhood', README_NEIGHBOURHOOD],
  ])('when %s runs, then it takes one round trip', async (_name, query) => {
    const { data, sent } = await run(query);
    expect(data['neighborhood'].nodes.length).toBeGreaterThan(1);
    expect(data['neighborhood'].edges.length).toBeGreaterThan(0);
    expect(sent).toHaveLength(1);
  });

  it('when a widget draws names and bases, then the neighbourhood reads only those and draws what a whole read draws', async () => {
    const drawing = `nodes { id type displayName } edges { id type source target evidence { basis } }`;
    const slim = (
      await run(`{ neighborhood(id: "person:murat-nurtleu", depth: 2, limit: 40) { truncated ${drawing} } }`)
    ).data['neighborhood'];
    const whole = (
      await run(`{ neighborhood(id: "person:murat-nurtleu", depth: 2, limit: 40) {
        truncated nodes { id type displayName properties } edges { id type source target properties evidence { basis } } } }`)
    ).data['neighborhood'];
    const withoutProperties = (items: Array<Record<string, unknown>>) =>
      items.map(({ properties: _properties, ...rest }) => rest);
    expect(slim.nodes).toEqual(withoutProperties(whole.nodes));
    expect(slim.edges).toEqual(withoutProperties(whole.edges));
    expect(slim.truncated).toBe(whole.truncated);
    // What came back from Neo4j for that drawing: names and bases, no evidence lists.
    const read = await database.read({ name: 'test' }, (tx) =>
      readNeighborhood(tx, 'person:murat-nurtleu', 2, null, 40, null, {
        node: ['name', 'nameEn'],
        edge: ['basis'],
      }),
    );
    expect(new Set(read!.nodes.flatMap((node) => Object.keys(node.properties)))).toEqual(
      new Set(['name', 'nameEn']),
    );
    expect(new Set(read!.edges.flatMap((edge) => Object.keys(edge.properties)))).toEqual(new Set(['basis']));
    expect(
      whole.edges.some((edge: { properties: Record<string, unknown> }) => 'spanTexts' in edge.properties),
    ).toBe(true);
  });

  it('when the neighbourhood is walked, then provenance relationships are never named in the statement', async () => {
    const { sent } = await run(README_NEIGHBOURHOOD);
    const text = sent.join('\n');
    expect(text).not.toMatch(/MENTIONED_IN|STATED_IN|CLAIM_ABOUT|HAS_SENTENCE|RESOLVES/);
    // Every relationship pattern names its types (a bare `--()` only counts a degree).
    expect(text).not.toMatch(/-\[\w*\]-/);
  });

  it('when a bilateral view selects beyond what one statement reads, then the rest is batched per level', async () => {
    const deep = `{
      bilateralRelation(countryA: "country:rwanda", countryB: "country:kazakhstan") {
        timeline { participants { actor { name } } topics { subject { id } } }
        people { person { positions { position { nameEn } } } events { id } }
        claims { property }
      }
    }`;
    // The first request finds that the one-statement plan does not hold for this document
    // (request-transaction.int tests that); from the second on, it runs in a transaction at once.
    await run(deep);
    const { data, sent } = await run(deep);
    expect(data['bilateralRelation'].timeline.length).toBeGreaterThan(1);
    // The view, then one batched read per field below it, however many events and people.
    expect(sent.length).toBeLessThanOrEqual(6);
    expect(sent.filter((cypher) => cypher.includes('[r:PARTICIPANT_IN]'))).toHaveLength(1);
  });
});
