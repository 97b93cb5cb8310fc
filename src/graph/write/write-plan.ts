import type { GraphDocument, GraphNode, GraphRelationship, PropertyValue } from '../model/graph-document';

/**
 * The graph as a list of parameterised UNWIND statements, each with its rows. The loader runs
 * them with the rows as $rows; the Cypher script generator prints the rows in place of $rows.
 * One plan for both keeps the script and the loader from ever building different graphs.
 */

export type RowValue = PropertyValue | null | RowValue[] | { [key: string]: RowValue };
export type Row = { [key: string]: RowValue };

export interface PlannedStatement {
  /** Cypher with a single parameter, $rows. */
  query: string;
  rows: Row[];
}

export const BATCH_SIZE = 500;

const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]*$/;

/** The document already holds every name any article wrote. */
const ALIASES = `SET n.aliases = row.aliases`;

/**
 * What the full-text index reads: every name of the node, with apostrophes turned into spaces.
 * Kinyarwanda elides vowels with an apostrophe (w’Ububanyi, n’Amahanga); the tokenizer would
 * keep such a word whole, so a search for "Ububanyi" would miss it.
 */
const SEARCH_TEXT = `SET n.searchText = replace(replace(
  reduce(text = coalesce(n.name, '') + ' | ' + coalesce(n.nameEn, ''), a IN coalesce(n.aliases, []) | text + ' | ' + a),
  '\u2019', ' '), "'", ' ')`;

/** The document already holds the evidence of every article that states the fact. */
const EVIDENCE = `SET r.evidence = row.evidence`;

export function planWrites(document: GraphDocument): PlannedStatement[] {
  return [...planNodes(document.nodes), ...planRelationships(document.relationships)];
}

function planNodes(nodes: readonly GraphNode[]): PlannedStatement[] {
  const groups = groupBy(nodes, (node) =>
    JSON.stringify([node.mergeLabel, [...node.labels].sort(), node.aliases !== undefined]),
  );
  return [...groups.values()].flatMap((group) => {
    const first = group[0]!;
    const extraLabels = [...first.labels].filter((label) => label !== first.mergeLabel).sort();
    extraLabels.forEach(assertIdentifier);
    const lines = [
      `UNWIND $rows AS row`,
      `MERGE (n:${first.mergeLabel} {id: row.id})`,
      // The document is the whole graph: properties are replaced, so none stays from an older load.
      `SET n = row.properties`,
    ];
    if (extraLabels.length > 0) lines.push(`SET n:${extraLabels.join(':')}`);
    if (first.aliases !== undefined) lines.push(ALIASES);
    if (first.mergeLabel === 'Entity') lines.push(SEARCH_TEXT);
    const query = lines.join('\n');
    const rows = group.map((node) => {
      const row: Row = { id: node.id, properties: { ...node.properties } };
      if (node.aliases !== undefined) row['aliases'] = [...node.aliases];
      return row;
    });
    return batches(rows).map((batch) => ({ query, rows: batch }));
  });
}

function planRelationships(relationships: readonly GraphRelationship[]): PlannedStatement[] {
  const groups = groupBy(relationships, (relationship) =>
    JSON.stringify([
      relationship.type,
      relationship.from.mergeLabel,
      relationship.to.mergeLabel,
      Object.keys(relationship.key).sort(),
      relationship.evidence !== undefined,
    ]),
  );
  return [...groups.values()].flatMap((group) => {
    const first = group[0]!;
    const keyNames = Object.keys(first.key).sort();
    [first.type, ...keyNames].forEach(assertIdentifier);
    const keyPattern =
      keyNames.length > 0 ? ` {${keyNames.map((name) => `${name}: row.key.${name}`).join(', ')}}` : '';
    const lines = [
      `UNWIND $rows AS row`,
      `MATCH (a:${first.from.mergeLabel} {id: row.from})`,
      `MATCH (b:${first.to.mergeLabel} {id: row.to})`,
      `MERGE (a)-[r:${first.type}${keyPattern}]->(b)`,
      `SET r = row.properties`,
      `SET r += row.key`,
    ];
    if (first.evidence !== undefined) lines.push(EVIDENCE);
    lines.push('RETURN count(r) AS written');
    const query = lines.join('\n');
    const rows = group.map((relationship) => {
      const row: Row = {
        from: relationship.from.id,
        to: relationship.to.id,
        key: { ...relationship.key },
        properties: { ...relationship.properties },
      };
      if (relationship.evidence !== undefined) row['evidence'] = [...relationship.evidence];
      return row;
    });
    return batches(rows).map((batch) => ({ query, rows: batch }));
  });
}

/** Labels and types are spliced into Cypher text, so only plain identifiers may pass. */
function assertIdentifier(name: string): void {
  if (!IDENTIFIER.test(name)) throw new Error(`"${name}" is not a safe Cypher identifier`);
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function batches<T>(rows: T[]): T[][] {
  const result: T[][] = [];
  for (let index = 0; index < rows.length; index += BATCH_SIZE)
    result.push(rows.slice(index, index + BATCH_SIZE));
  return result;
}
