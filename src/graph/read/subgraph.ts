import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { factTypePattern } from '../model';
import { FACT_AS_OF, REPORTED_AS_OF } from './as-of';
import {
  NODE_PROJECTION,
  RELATION_PROJECTION,
  toNodeData,
  toRelationData,
  type NodeData,
  type RelationData,
} from './records';

export interface Subgraph {
  nodes: NodeData[];
  edges: RelationData[];
  /** True when more nodes were in reach than the limit allowed. */
  truncated: boolean;
}

/**
 * Fact relationships only, named in the pattern so the expansion never walks provenance links
 * (which would swamp a drawing); `$types` narrows them further.
 */
const FACTS = factTypePattern();
const TYPE_FILTER = (variable: string) => `($types IS NULL OR type(${variable}) IN $types)`;
/** The type filter, and with `asOf` the condition that a source published by then states the fact. */
const FACT_FILTER = (variable: string, asOf: string | null) =>
  asOf ? `${TYPE_FILTER(variable)} AND ${FACT_AS_OF(variable)}` : TYPE_FILTER(variable);

async function edgesAmong(
  tx: ManagedTransaction,
  ids: readonly string[],
  types: readonly string[] | null,
  asOf: string | null,
): Promise<RelationData[]> {
  const result = await tx.run(
    `MATCH (a:Entity)-[r:${FACTS}]->(b:Entity)
     WHERE a.id IN $ids AND b.id IN $ids AND ${FACT_FILTER('r', asOf)}
     RETURN ${RELATION_PROJECTION('r', 'a', 'b')} AS relation
     ORDER BY type(r), a.id, b.id`,
    { ids, types, asOf },
  );
  return result.records.map((record) => toRelationData(record.get('relation')));
}

/**
 * The entities within `depth` fact relationships of a node (nearest first, at most `limit` in
 * all, the start included) and every fact relationship among them. `depth` must be 1 to 3: it
 * is part of the pattern, as Cypher takes no parameter there. With `asOf` (YYYY-MM-DD), only
 * facts a source published by then states, and null when the node was first reported later.
 */
export async function readNeighborhood(
  tx: ManagedTransaction,
  id: string,
  depth: number,
  types: readonly string[] | null,
  limit: number,
  asOf: string | null = null,
): Promise<Subgraph | null> {
  if (!Number.isInteger(depth) || depth < 1 || depth > 3) throw new RangeError('depth must be 1, 2 or 3');
  const result = await tx.run(
    `MATCH (start:Entity {id: $id})${asOf ? `\n     WHERE ${REPORTED_AS_OF('start')}` : ''}
     OPTIONAL MATCH (start)-[rels:${FACTS}*1..${depth}]-(other:Entity)
     WHERE other <> start AND all(r IN rels WHERE ${FACT_FILTER('r', asOf)})
     WITH start, other, min(size(rels)) AS distance
     ORDER BY distance, other.id
     WITH start, [n IN collect(other) WHERE n IS NOT NULL] AS others
     RETURN ${NODE_PROJECTION('start')} AS start,
            [n IN others[0..$more] | ${NODE_PROJECTION('n')}] AS others,
            size(others) > $more AS truncated`,
    { id, types, more: neo4j.int(limit - 1), asOf },
  );
  const record = result.records[0];
  if (!record) return null;
  const nodes = [toNodeData(record.get('start')), ...(record.get('others') as unknown[]).map(toNodeData)];
  return {
    nodes,
    edges: await edgesAmong(
      tx,
      nodes.map((node) => node.id),
      types,
      asOf,
    ),
    truncated: record.get('truncated') as boolean,
  };
}

/** One shortest path of fact relationships between two entities, or null when none is in reach. */
export async function readShortestPath(
  tx: ManagedTransaction,
  fromId: string,
  toId: string,
  maxHops: number,
): Promise<Subgraph | null> {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > 10)
    throw new RangeError('maxHops must be 1 to 10');
  const result = await tx.run(
    `MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
     MATCH path = shortestPath((a)-[:${FACTS}*..${maxHops}]-(b))
     RETURN [n IN nodes(path) | ${NODE_PROJECTION('n')}] AS nodes,
            [r IN relationships(path) | ${RELATION_PROJECTION('r', 'startNode(r)', 'endNode(r)')}] AS edges`,
    { fromId, toId },
  );
  const record = result.records[0];
  if (!record) return null;
  return {
    nodes: (record.get('nodes') as unknown[]).map(toNodeData),
    edges: (record.get('edges') as unknown[]).map(toRelationData),
    truncated: false,
  };
}
