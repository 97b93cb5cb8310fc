import neo4j, { Node, Path, PathSegment, Record as Neo4jRecord, Relationship } from 'neo4j-driver';
import { cellText, jsonValue, renderResult } from '../../../src/cli/cypher-output';
import { formatTable } from '../../../src/cli/table';

const int = (n: number) => neo4j.int(n);
const rwanda = new Node(
  int(1),
  ['Entity', 'Actor', 'Country'],
  { id: 'country:rwanda', name: 'Rwanda' },
  'n1',
);
const relation = new Node(int(2), ['BilateralRelation'], { id: 'relation:kz--rw' }, 'n2');
const kazakhstan = new Node(int(3), ['Entity', 'Actor', 'Country'], { id: 'country:kazakhstan' }, 'n3');
const partyRw = new Relationship(int(10), int(1), int(2), 'PARTY_TO', {}, 'r10', 'n1', 'n2');
const partyKz = new Relationship(int(11), int(3), int(2), 'PARTY_TO', {}, 'r11', 'n3', 'n2');
const path = new Path(rwanda, kazakhstan, [
  new PathSegment(rwanda, partyRw, relation),
  new PathSegment(relation, partyKz, kazakhstan),
]);

function records(columns: string[], rows: unknown[][]): Neo4jRecord[] {
  return rows.map((row) => new Neo4jRecord(columns, row));
}

describe('npm run cypher output', () => {
  it('when a cell is longer than 80 characters, then the table cuts it and counts it, unless --full', () => {
    const long = 'x'.repeat(120);
    const cut = formatTable(
      ['a', 'b'],
      [
        [long, 'short'],
        [long, long],
      ],
    );
    expect(cut.shortened).toBe(3);
    expect(cut.text).toContain(`${'x'.repeat(79)}…`);
    const whole = formatTable(['a', 'b'], [[long, 'short']], true);
    expect(whole.shortened).toBe(0);
    expect(whole.text).toContain(long);
  });

  it('when the format is csv, then fields with commas, quotes or line breaks are quoted and nothing is cut', () => {
    const long = 'y'.repeat(200);
    const result = renderResult(
      ['name', 'note', 'n'],
      records(
        ['name', 'note', 'n'],
        [
          ['Kigali, Rwanda', 'said "yes"\nthen left', int(3)],
          [long, null, 1.5],
        ],
      ),
      'csv',
      false,
    );
    expect(result.text).toBe(`name,note,n\n"Kigali, Rwanda","said ""yes""\nthen left",3\n${long},,1.5\n`);
    expect(result.shortened).toBe(0);
  });

  it('when the format is json, then rows are objects keyed by column, integers are numbers and paths keep their nodes', () => {
    const result = renderResult(['n', 'p'], records(['n', 'p'], [[int(7), path]]), 'json', false);
    const [row] = JSON.parse(result.text) as Record<string, any>[];
    expect(row!['n']).toBe(7);
    expect(row!['p'].nodes.map((node: any) => node.properties.id)).toEqual([
      'country:rwanda',
      'relation:kz--rw',
      'country:kazakhstan',
    ]);
    expect(row!['p'].relationships.map((r: any) => r.type)).toEqual(['PARTY_TO', 'PARTY_TO']);
  });

  it('when a value is a node, relationship or path, then its text reads like Cypher, with ids and directions', () => {
    expect(cellText(rwanda)).toBe('(:Country country:rwanda)');
    expect(cellText(partyRw)).toBe('[:PARTY_TO]');
    expect(cellText(path)).toBe(
      '(:Country country:rwanda)-[:PARTY_TO]->(:BilateralRelation relation:kz--rw)<-[:PARTY_TO]-(:Country country:kazakhstan)',
    );
    expect(cellText([rwanda, kazakhstan])).toBe('[(:Country country:rwanda), (:Country country:kazakhstan)]');
    expect(cellText(['a', 'b'])).toBe('["a","b"]');
    expect(jsonValue([int(1), 'a'])).toEqual([1, 'a']);
  });

  it('when there are no rows, then the table prints nothing but csv still prints its header', () => {
    expect(renderResult(['a'], [], 'table', false).text).toBe('');
    expect(renderResult(['a'], [], 'csv', false).text).toBe('a\n');
  });
});
