import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../../../src/db/database';
import { factTypePattern } from '../../../src/graph/model';
import { readNeighborhood } from '../../../src/graph/read/subgraph';
import { emptyDatabase } from '../../support/graph';
import { openTestDatabase } from '../../support/neo4j';

/**
 * A neighbourhood among hubs: two countries of 60 events each (more than the 50 relationships
 * past which a node counts as a hub), joined to each other, with a position of one of them. The
 * edges the neighbourhood returns must be every fact relationship among its nodes, as a plain
 * (slow) statement finds them, whichever way the read reaches each one.
 */
describe('a neighbourhood with hubs in it', () => {
  let database: Database;
  const EVENTS = 60;

  beforeAll(async () => {
    database = openTestDatabase();
    await emptyDatabase(database);
    await database.write({ name: 'test-neighbourhood-hubs' }, (tx) =>
      tx.run(
        `CREATE (a:Entity:Country {id: 'country:hub-a', name: 'Hub A'}),
                (b:Entity:Country {id: 'country:hub-b', name: 'Hub B'}),
                (position:Entity:Position {id: 'position:minister-of-a', name: 'Minister'}),
                (person:Entity:Person {id: 'person:minister', name: 'Minister'}),
                (a)-[:LOCATED_IN]->(b),
                (position)-[:POSITION_OF]->(a),
                (person)-[:HOLDS_POSITION]->(position)
         WITH a, b
         UNWIND range(1, $events) AS i
         CREATE (event:Entity:Event {id: 'event:' + right('00' + toString(i), 2), name: 'Event ' + i})
         CREATE (a)-[:PARTICIPANT_IN {role: 'party'}]->(event), (b)-[:PARTICIPANT_IN {role: 'party'}]->(event)`,
        { events: EVENTS },
      ),
    );
  });

  afterAll(async () => {
    await emptyDatabase(database);
    await database.close();
  });

  const read = <T>(work: (tx: ManagedTransaction) => Promise<T>) =>
    database.read({ name: 'test-neighbourhood-hubs' }, work);

  /** Every fact relationship among the ids, found the plain way, as `type source target`. */
  const plainEdges = (ids: string[]) =>
    read(async (tx) => {
      const result = await tx.run(
        `MATCH (a:Entity)-[r:${factTypePattern()}]->(b:Entity) WHERE a.id IN $ids AND b.id IN $ids
         RETURN type(r) + ' ' + a.id + ' ' + b.id AS edge`,
        { ids },
      );
      return result.records.map((record) => record.get('edge') as string).sort();
    });

  it.each([
    ['country:hub-a', 1],
    ['country:hub-a', 2],
    ['person:minister', 3],
  ] as const)(
    'when the neighbourhood of %s at depth %i is read, then its edges are all those among its nodes',
    async (id, depth) => {
      const subgraph = await read((tx) => readNeighborhood(tx, id, depth, null, 100));
      if (!subgraph) throw new Error(`${id} was not found`);
      const ids = subgraph.nodes.map((node) => node.id);
      expect(ids).toEqual(expect.arrayContaining(['country:hub-a', 'country:hub-b', 'event:01', 'event:60']));
      const edges = subgraph.edges.map((edge) => `${edge.type} ${edge.sourceId} ${edge.targetId}`).sort();
      expect(edges).toEqual(await plainEdges(ids));
      // The one edge between the two hubs is among them.
      expect(edges).toContain('LOCATED_IN country:hub-a country:hub-b');
    },
  );

  it('when the nearest nodes already fill the drawing, then it is cut there and says so', async () => {
    const subgraph = await read((tx) => readNeighborhood(tx, 'country:hub-a', 2, null, 10));
    expect(subgraph?.truncated).toBe(true);
    // Nearest first, then by id: the events and hub B are all one hop away, the person two.
    expect(subgraph?.nodes.map((node) => node.id)).toEqual([
      'country:hub-a',
      'country:hub-b',
      'event:01',
      'event:02',
      'event:03',
      'event:04',
      'event:05',
      'event:06',
      'event:07',
      'event:08',
    ]);
  });
});
