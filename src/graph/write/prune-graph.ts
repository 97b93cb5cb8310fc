import type { ManagedTransaction } from 'neo4j-driver';
import {
  RELATIONSHIP_TYPES,
  type GraphDocument,
  type GraphRelationship,
  type PropertyValue,
  type RelationshipType,
} from '../model';

/** Stored extractions are written beside the graph, not derived from it. */
const PRUNED_TYPES = (Object.keys(RELATIONSHIP_TYPES) as RelationshipType[]).filter(
  (type) => type !== 'HAS_EXTRACTION',
);

/** Labels of the nodes a load derives from its articles; Articles are only ever replaced. */
const DERIVED = ['Entity', 'Sentence', 'Claim', 'Conflict'] as const;

/**
 * After the whole graph of the loaded articles is written, removes what an earlier load left and
 * this one no longer holds: entities merged into others, claims of a replaced article, conflicts
 * now settled, relationships that no article states any more. Runs in the load's transaction.
 */
export async function pruneGraph(tx: ManagedTransaction, document: GraphDocument): Promise<number> {
  let deleted = 0;
  const ids = document.nodes
    .filter((node) => (DERIVED as readonly string[]).includes(node.mergeLabel))
    .map((node) => node.id);
  const nodes = await tx.run(
    `MATCH (n) WHERE (${DERIVED.map((label) => `n:${label}`).join(' OR ')}) AND NOT n.id IN $ids
     DETACH DELETE n RETURN count(*) AS deleted`,
    { ids },
  );
  deleted += Number(nodes.records[0]?.get('deleted') ?? 0);
  for (const [type, { keyNames, keys }] of relationshipKeys(document)) {
    const result = await tx.run(
      `MATCH (a)-[r:${type}]->(b)
       WHERE NOT ([a.id, b.id] + [name IN $keyNames | coalesce(toString(r[name]), '')]) IN $keys
       DELETE r RETURN count(*) AS deleted`,
      { keyNames, keys },
    );
    deleted += Number(result.records[0]?.get('deleted') ?? 0);
  }
  return deleted;
}

/**
 * For each relationship type in the document, the names of the properties that key it and each
 * wanted relationship's key: its two ends' ids and those properties as text ('' when absent),
 * the same expression the query builds from what is stored.
 */
function relationshipKeys(document: GraphDocument): Map<string, { keyNames: string[]; keys: string[][] }> {
  const byType = new Map<string, { keyNames: Set<string>; rows: GraphRelationship[] }>();
  // Every type a load writes, so a type no article states any more is emptied too.
  for (const type of PRUNED_TYPES) byType.set(type, { keyNames: new Set(), rows: [] });
  for (const relationship of document.relationships) {
    const entry = byType.get(relationship.type);
    if (!entry) throw new Error(`${relationship.type} is not a relationship type a load writes`);
    Object.keys(relationship.key).forEach((name) => entry.keyNames.add(name));
    entry.rows.push(relationship);
  }
  const text = (value: PropertyValue | undefined) => (value === undefined ? '' : String(value));
  return new Map(
    [...byType].map(([type, { keyNames, rows }]) => {
      const names = [...keyNames].sort();
      return [
        type,
        { keyNames: names, keys: rows.map((r) => [r.from.id, r.to.id, ...names.map((n) => text(r.key[n]))]) },
      ];
    }),
  );
}
