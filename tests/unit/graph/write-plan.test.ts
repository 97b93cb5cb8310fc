import { CalendarDate, type GraphDocument } from '../../../src/graph/model/graph-document';
import { BATCH_SIZE, nodeProperties, planWrites, searchText } from '../../../src/graph/write/write-plan';

describe('searchText', () => {
  it('when a node has names and aliases, then they are joined with bars and apostrophes become spaces', () => {
    expect(
      searchText({
        name: 'Minisiteri w’Ububanyi',
        nameEn: "Foreign Ministry's office",
        aliases: ['n’Amahanga'],
      }),
    ).toBe('Minisiteri w Ububanyi | Foreign Ministry s office | n Amahanga');
  });

  it('when a node has no names, then the text still has its two name places, empty', () => {
    expect(searchText({ title: 'x' })).toBe(' | ');
  });
});

describe('nodeProperties', () => {
  it('when an entity has aliases, then they and its search text are among its properties', () => {
    const properties = nodeProperties({
      mergeLabel: 'Entity',
      id: 'country:rwanda',
      labels: ['Entity', 'Country'],
      properties: { id: 'country:rwanda', name: 'Rwanda', nameEn: 'Rwanda' },
      aliases: ['u Rwanda'],
    });
    expect(properties).toEqual({
      id: 'country:rwanda',
      name: 'Rwanda',
      nameEn: 'Rwanda',
      aliases: ['u Rwanda'],
      searchText: 'Rwanda | Rwanda | u Rwanda',
    });
  });

  it('when the node is not an entity, then it gets no search text', () => {
    const properties = nodeProperties({
      mergeLabel: 'Sentence',
      id: 'a#s1',
      labels: ['Sentence'],
      properties: { id: 'a#s1', text: 'Hello' },
    });
    expect(properties).toEqual({ id: 'a#s1', text: 'Hello' });
  });
});

describe('planWrites', () => {
  const people = Array.from({ length: BATCH_SIZE + 1 }, (_, index) => ({
    mergeLabel: 'Entity' as const,
    id: `person:${index}`,
    labels: ['Entity', 'Actor', 'Person'],
    properties: { id: `person:${index}`, name: `Person ${index}` },
  }));
  const document: GraphDocument = {
    articleId: 'a',
    nodes: [
      ...people,
      { mergeLabel: 'Entity', id: 'event:e', labels: ['Entity', 'Event'], properties: { id: 'event:e' } },
    ],
    relationships: [
      {
        type: 'PARTICIPANT_IN',
        from: { mergeLabel: 'Entity', id: 'person:0' },
        to: { mergeLabel: 'Entity', id: 'event:e' },
        key: { role: 'host' },
        properties: { basis: 'article', on: new CalendarDate('2025-05-26') },
        evidence: ['a#s1'],
      },
      {
        type: 'PARTICIPANT_IN',
        from: { mergeLabel: 'Entity', id: 'person:1' },
        to: { mergeLabel: 'Entity', id: 'event:e' },
        key: { role: 'guest' },
        properties: { basis: 'article' },
      },
    ],
  };
  const plan = planWrites(document);

  it('when a label set has more rows than a batch, then it is split into batches of one statement', () => {
    const personStatements = plan.filter((statement) => statement.query.includes('n:Actor:Person'));
    expect(personStatements.map((statement) => statement.rows.length)).toEqual([BATCH_SIZE, 1]);
    expect(new Set(personStatements.map((statement) => statement.query)).size).toBe(1);
  });

  it('when planned, then every statement sets its properties with one SET clause', () => {
    for (const statement of plan) expect(statement.query.match(/\bSET\b/g)).toHaveLength(1);
  });

  it('when relationships differ only in having evidence, then one statement writes both, key and evidence in the properties', () => {
    const relationships = plan.filter((statement) => statement.query.includes('PARTICIPANT_IN'));
    expect(relationships).toHaveLength(1);
    expect(relationships[0]!.query).toContain(
      'MERGE (a)-[r:PARTICIPANT_IN {role: row.properties.role}]->(b)',
    );
    expect(relationships[0]!.rows).toEqual([
      {
        from: 'person:0',
        to: 'event:e',
        properties: {
          basis: 'article',
          on: new CalendarDate('2025-05-26'),
          role: 'host',
          evidence: ['a#s1'],
        },
      },
      { from: 'person:1', to: 'event:e', properties: { basis: 'article', role: 'guest' } },
    ]);
  });

  it('when a relationship type is not a plain identifier, then planning refuses it', () => {
    const bad = { ...document.relationships[0]!, type: 'PARTICIPANT_IN]->() DETACH DELETE (' } as never;
    expect(() => planWrites({ ...document, relationships: [bad] })).toThrow(/not a safe Cypher identifier/);
  });
});
