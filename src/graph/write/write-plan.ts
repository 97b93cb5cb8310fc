import type { GraphDocument, GraphNode, GraphRelationship, PropertyValue } from '../model/graph-document';

/**
 * The graph as a list of parameterised UNWIND statements, each with its rows. The loader runs
 * them with the rows as $rows; the Cypher script generator prints the rows in place of $rows.
 * One plan for both keeps the script and the loader from ever building different graphs.
 *
 * Each statement is one MERGE and one SET of a whole property map: everything a row needs is
 * computed here, once, so Neo4j does no per-row work beyond the index seek and the write, and
 * the planner needs a single Eager between reading and writing instead of one per SET clause.
 */

export type RowValue = PropertyValue | null | RowValue[] | { [key: string]: RowValue };
export type Row = { [key: string]: RowValue };

export interface PlannedStatement {
  /** Cypher with a single parameter, $rows. */
  query: string;
  rows: Row[];
}

/** Rows per statement: large enough that round trips and planning vanish, small enough to stream. */
export const BATCH_SIZE = 1000;

const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]*$/;

export function planWrites(document: GraphDocument): PlannedStatement[] {
  return [...planNodes(document.nodes), ...planRelationships(document.relationships)];
}

function planNodes(nodes: readonly GraphNode[]): PlannedStatement[] {
  const groups = Map.groupBy(nodes, (node) => JSON.stringify([node.mergeLabel, [...node.labels].sort()]));
  return [...groups.values()].flatMap((group) => {
    const first = group[0]!;
    const extraLabels = [...first.labels].filter((label) => label !== first.mergeLabel).sort();
    extraLabels.forEach(assertIdentifier);
    const query = [
      `UNWIND $rows AS row`,
      `MERGE (n:${first.mergeLabel} {id: row.id})`,
      // The document is the whole graph: properties are replaced, so none stays from an older load.
      `SET n = row.properties${extraLabels.length > 0 ? `, n:${extraLabels.join(':')}` : ''}`,
    ].join('\n');
    const rows = group.map((node): Row => ({ id: node.id, properties: nodeProperties(node) }));
    return batches(rows).map((batch) => ({ query, rows: batch }));
  });
}

/**
 * A node's stored properties. The document already holds every name any article wrote, so the
 * aliases are set as they are. Entities also get the text the full-text index reads.
 */
export function nodeProperties(node: GraphNode): Row {
  const properties: Row = { ...node.properties };
  if (node.aliases !== undefined) properties['aliases'] = [...node.aliases];
  if (node.mergeLabel === 'Entity') properties['searchText'] = searchText(properties);
  return properties;
}

/**
 * What the full-text index reads: every name of the node, with apostrophes turned into spaces.
 * Kinyarwanda elides vowels with an apostrophe (w’Ububanyi, n’Amahanga); the tokenizer would
 * keep such a word whole, so a search for "Ububanyi" would miss it.
 */
export function searchText(properties: Row): string {
  const text = (value: RowValue | undefined) => (value === undefined || value === null ? '' : String(value));
  const aliases = Array.isArray(properties['aliases']) ? properties['aliases'] : [];
  return [text(properties['name']), text(properties['nameEn']), ...aliases.map(text)]
    .join(' | ')
    .replaceAll('\u2019', ' ')
    .replaceAll("'", ' ');
}

function planRelationships(relationships: readonly GraphRelationship[]): PlannedStatement[] {
  const groups = Map.groupBy(relationships, (relationship) =>
    JSON.stringify([
      relationship.type,
      relationship.from.mergeLabel,
      relationship.to.mergeLabel,
      Object.keys(relationship.key).sort(),
    ]),
  );
  return [...groups.values()].flatMap((group) => {
    const first = group[0]!;
    const keyNames = Object.keys(first.key).sort();
    [first.type, ...keyNames].forEach(assertIdentifier);
    const keyPattern =
      keyNames.length > 0 ? ` {${keyNames.map((name) => `${name}: row.properties.${name}`).join(', ')}}` : '';
    const query = [
      `UNWIND $rows AS row`,
      `MATCH (a:${first.from.mergeLabel} {id: row.from})`,
      `MATCH (b:${first.to.mergeLabel} {id: row.to})`,
      `MERGE (a)-[r:${first.type}${keyPattern}]->(b)`,
      `SET r = row.properties`,
      // A row whose end is missing yields nothing, so the loader can tell and refuse the load.
      'RETURN count(*) AS written',
    ].join('\n');
    const rows = group.map((relationship): Row => ({
      from: relationship.from.id,
      to: relationship.to.id,
      properties: relationshipProperties(relationship),
    }));
    return batches(rows).map((batch) => ({ query, rows: batch }));
  });
}

/**
 * A relationship's stored properties: its own, its key, and the document's evidence, which
 * already holds the supporting sentences of every article that states the fact.
 */
function relationshipProperties(relationship: GraphRelationship): Row {
  const properties: Row = { ...relationship.properties, ...relationship.key };
  if (relationship.evidence !== undefined) properties['evidence'] = [...relationship.evidence];
  return properties;
}

/** Labels and types are spliced into Cypher text, so only plain identifiers may pass. */
export function assertIdentifier(name: string): void {
  if (!IDENTIFIER.test(name)) throw new Error(`"${name}" is not a safe Cypher identifier`);
}

function batches<T>(rows: T[]): T[][] {
  const result: T[][] = [];
  for (let index = 0; index < rows.length; index += BATCH_SIZE)
    result.push(rows.slice(index, index + BATCH_SIZE));
  return result;
}
