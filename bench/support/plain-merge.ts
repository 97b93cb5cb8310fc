import type { GraphDocument, GraphNode, GraphRelationship } from '../../src/graph/model';
import { toParameter } from '../../src/graph/write/cypher-values';
import type { Row, RowValue } from '../../src/graph/write/write-plan';

/**
 * The floor the writer is measured against: the same nodes and relationships written as the
 * plainest batches Neo4j takes, `UNWIND $rows AS row MERGE (n:Label {id: row.id}) SET n += row.props`,
 * one statement per label set and per relationship type and key. Every property is in the row
 * already (aliases, evidence and the search text included) and converted to driver values before
 * the clock starts, so the floor times only the driver and the database.
 */
export interface PlainStatement {
  query: string;
  rows: unknown[];
}

export function plainMergeStatements(document: GraphDocument, batchSize: number): PlainStatement[] {
  const statements: PlainStatement[] = [];
  const nodeGroups = Map.groupBy(
    document.nodes,
    (node) => [...node.labels].sort().join(':') + node.mergeLabel,
  );
  for (const group of nodeGroups.values()) {
    const first = group[0]!;
    const extra = first.labels.filter((label) => label !== first.mergeLabel).sort();
    const query = [
      'UNWIND $rows AS row',
      `MERGE (n:${first.mergeLabel} {id: row.id})`,
      `SET n += row.props${extra.length > 0 ? `, n:${extra.join(':')}` : ''}`,
    ].join('\n');
    statements.push(...batches(group.map(nodeRow), batchSize).map((rows) => ({ query, rows })));
  }
  const relationshipKey = (r: GraphRelationship) =>
    [r.type, r.from.mergeLabel, r.to.mergeLabel, ...Object.keys(r.key).sort()].join(' ');
  for (const group of Map.groupBy(document.relationships, relationshipKey).values()) {
    const first = group[0]!;
    const keys = Object.keys(first.key).sort();
    const pattern = keys.length > 0 ? ` {${keys.map((k) => `${k}: row.props.${k}`).join(', ')}}` : '';
    const query = [
      'UNWIND $rows AS row',
      `MATCH (a:${first.from.mergeLabel} {id: row.from})`,
      `MATCH (b:${first.to.mergeLabel} {id: row.to})`,
      `MERGE (a)-[r:${first.type}${pattern}]->(b)`,
      'SET r += row.props',
    ].join('\n');
    statements.push(...batches(group.map(relationshipRow), batchSize).map((rows) => ({ query, rows })));
  }
  return statements;
}

function nodeRow(node: GraphNode): unknown {
  const props: Row = { ...node.properties };
  if (node.aliases !== undefined) props['aliases'] = [...node.aliases];
  if (node.mergeLabel === 'Entity') props['searchText'] = searchText(node);
  return toParameter({ id: node.id, props });
}

function relationshipRow(relationship: GraphRelationship): unknown {
  const props: Row = { ...relationship.properties, ...relationship.key };
  if (relationship.evidence !== undefined) props['evidence'] = [...relationship.evidence];
  return toParameter({ from: relationship.from.id, to: relationship.to.id, props } as RowValue);
}

/** The same text the graph's full-text index reads: every name, apostrophes as spaces. */
function searchText(node: GraphNode): string {
  const text = (value: unknown) => (value === undefined ? '' : String(value));
  const names = [text(node.properties['name']), text(node.properties['nameEn']), ...(node.aliases ?? [])];
  return names.join(' | ').replaceAll('\u2019', ' ').replaceAll("'", ' ');
}

function batches<T>(rows: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let index = 0; index < rows.length; index += size) result.push(rows.slice(index, index + size));
  return result;
}
