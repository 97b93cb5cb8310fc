import type { Database } from '../../../src/db/database';
import type { GraphDocument, GraphNode, GraphRelationship } from '../../../src/graph/model';
import { applyGraphSchema } from '../../../src/graph/write/graph-schema';
import { BATCH_SIZE } from '../../../src/graph/write/write-plan';
import { writeGraph } from '../../../src/graph/write/write-graph';
import { emptyDatabase, readRows, snapshotGraph } from '../../support/graph';
import { openTestDatabase } from '../../support/neo4j';

/** People, each at one meeting, in more than two batches, so statements overlap in flight. */
function meetings(count: number): GraphDocument {
  const nodes: GraphNode[] = [];
  const relationships: GraphRelationship[] = [];
  for (let index = 0; index < count; index++) {
    const name = index % 2 === 0 ? `Minisitiri w’Ububanyi ${index}` : `O'Neill ${index}`;
    nodes.push(
      {
        mergeLabel: 'Entity',
        id: `person:${index}`,
        labels: ['Entity', 'Actor', 'Person'],
        properties: { id: `person:${index}`, name, nameEn: name },
        aliases: [name, `P${index}`],
      },
      {
        mergeLabel: 'Entity',
        id: `event:${index}`,
        labels: ['Entity', 'Event'],
        properties: { id: `event:${index}` },
      },
    );
    relationships.push({
      type: 'PARTICIPANT_IN',
      from: { mergeLabel: 'Entity', id: `person:${index}` },
      to: { mergeLabel: 'Entity', id: `event:${index}` },
      key: { role: 'host' },
      properties: { basis: 'article', corroboration: 1 },
      evidence: [`a#s${index}`],
    });
  }
  return { articleId: 'a', nodes, relationships };
}

describe('writeGraph', () => {
  let database: Database;
  const document = meetings(2 * BATCH_SIZE + 1);

  beforeAll(async () => {
    database = openTestDatabase();
    // The writer relies on the id constraints to find nodes; a load applies them first, so does this.
    await applyGraphSchema(database);
  });

  afterAll(() => database.close());

  it('when a document of several batches is written twice, then the second write creates nothing and changes nothing', async () => {
    await emptyDatabase(database);
    const first = await database.write({ name: 'test-write' }, (tx) => writeGraph(tx, document));
    expect(first.nodesCreated).toBe(document.nodes.length);
    expect(first.relationshipsCreated).toBe(document.relationships.length);
    const before = await snapshotGraph(database);
    const second = await database.write({ name: 'test-write' }, (tx) => writeGraph(tx, document));
    expect(second.nodesCreated + second.relationshipsCreated + second.labelsAdded).toBe(0);
    expect(await snapshotGraph(database)).toEqual(before);
  });

  it('when written, then the search text is what the database would make of the names and aliases', async () => {
    const [row] = await readRows(
      database,
      `MATCH (n:Entity)
       WITH n, replace(replace(
         reduce(text = coalesce(n.name, '') + ' | ' + coalesce(n.nameEn, ''), a IN coalesce(n.aliases, []) | text + ' | ' + a),
         '\u2019', ' '), "'", ' ') AS expected
       RETURN count(n) AS entities, count(CASE WHEN n.searchText = expected THEN 1 END) AS same`,
    );
    expect(row).toEqual({ entities: document.nodes.length, same: document.nodes.length });
  });

  it('when a relationship names a node that is nowhere, then the write fails naming it and leaves nothing', async () => {
    await emptyDatabase(database);
    const stray: GraphRelationship = {
      type: 'HELD_IN',
      from: { mergeLabel: 'Entity', id: 'event:0' },
      to: { mergeLabel: 'Entity', id: 'place:nowhere' },
      key: {},
      properties: {},
    };
    // The stray statement is followed by others already sent when it fails.
    const broken = { ...document, relationships: [stray, ...document.relationships] };
    await expect(database.write({ name: 'test-write' }, (tx) => writeGraph(tx, broken))).rejects.toThrow(
      /Only 0 of 1 relationships found both their nodes:[\s\S]*HELD_IN/,
    );
    const [row] = await readRows(database, 'MATCH (n) RETURN count(n) AS nodes');
    expect(row).toEqual({ nodes: 0 });
  });
});
