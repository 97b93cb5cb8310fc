import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import {
  ENTITY_KIND_NAMES,
  FACT_TYPES,
  factTypePattern,
  isFactType,
  RELATIONSHIP_TYPES,
  type FactType,
} from '../model';
import { andAsOf, FACT_AS_OF, REPORTED_AS_OF } from './as-of';
import {
  NODE_PROJECTION,
  RELATION_PROJECTION,
  toNodeData,
  toRelationData,
  type NodeData,
  type PropertyChoice,
  type RelationData,
} from './records';

/** The properties a subgraph's nodes and edges carry: what the client's selection draws. */
export interface SubgraphProjection {
  node: PropertyChoice;
  edge: PropertyChoice;
}

export const WHOLE_SUBGRAPH: SubgraphProjection = { node: 'all', edge: 'all' };

export interface Subgraph {
  nodes: NodeData[];
  edges: RelationData[];
  /** True when more nodes were in reach than the limit allowed. */
  truncated: boolean;
}

/**
 * The fact types a traversal follows, named in the pattern so the expansion never walks provenance
 * links (which would swamp a drawing) and the store reads only relationships of those types. The
 * types come from the registry (checked again here, as they become Cypher text).
 */
function factTypes(types: readonly string[] | null): FactType[] {
  if (!types || types.length === 0) return [...FACT_TYPES];
  const unknown = types.filter((type) => !isFactType(type));
  if (unknown.length > 0) throw new Error(`Unknown relationship type(s) ${unknown.join(', ')}`);
  return types.filter(isFactType);
}

/**
 * The entities at exactly `level` hops, as a subquery: the neighbours of the level before that are
 * neither the start nor nearer. Each level is kept DISTINCT before the next one expands it, so a
 * node reached by many paths is expanded once. Fact relationships only join entities (the
 * registry's endpoints), so the far end needs no label check.
 */
function levelCall(level: number, pattern: string, asOf: string | null): string {
  const nearer = Array.from({ length: level - 1 }, (_, index) => `level${index + 1}`);
  // An entity first reported after the day has no neighbourhood yet; and once the nearer levels
  // hold more than the drawing takes, the farther ones cannot change it (nearest come first).
  const from =
    level === 1
      ? 'CASE WHEN reported THEN [start] ELSE [] END'
      : `CASE WHEN ${nearer.map((name) => `size(${name})`).join(' + ')} > $more THEN [] ELSE level${level - 1} END`;
  const notNearer = nearer.map((name) => ` AND NOT n IN ${name}`).join('');
  return `CALL (start, reported${nearer.map((name) => `, ${name}`).join('')}) {
       UNWIND ${from} AS p
       MATCH (p)-[r:${pattern}]-(n)
       WHERE n <> start${notNearer}${andAsOf(asOf, FACT_AS_OF('r'))}
       RETURN collect(DISTINCT n) AS level${level}
     }`;
}

/**
 * Above this many relationships a node counts as a hub (Neo4j's own dense-node threshold): its
 * relationships are never expanded to find the edges among the nodes of a drawing. The degree
 * counted is of every type, which the store answers without reading the relationships.
 */
const HUB_DEGREE = 50;

/**
 * A label expression for the kinds at one end of a fact type (`Entity` when any kind may be), in
 * brackets: inside a list comprehension a bare `|` would end its WHERE.
 */
function kindsOf(kinds: readonly string[]): string {
  return ENTITY_KIND_NAMES.every((kind) => kinds.includes(kind)) ? 'Entity' : `(${kinds.join('|')})`;
}

/**
 * Every fact relationship among `nodes`, as a subquery, each found once: by its start when that is
 * not a hub (outgoing, the end filtered on being one of the nodes); by its end when only the start
 * is a hub (incoming, from the small end); and between two hubs, each fact type looked up with
 * both ends bound (Expand(Into)) only for the pairs whose kinds the registry allows at its ends,
 * so a country and a sector, which no fact joins, cost nothing. So the cost follows the degrees
 * of the small nodes, never the size of a hub. The three ways part the edges, so UNION ALL needs
 * no de-duplication; the hub branches come first, as every row of a branch passes the UNION
 * operators of the branches after it, and the small nodes' edges are most of the rows. Parallel
 * edges (two roles in one event) keep one order: their element ids.
 */
function edgesAmongCall(
  types: readonly FactType[],
  asOf: string | null,
  edgeProperties: PropertyChoice,
): string {
  const pattern = factTypePattern(types);
  const dated = andAsOf(asOf, FACT_AS_OF('r'));
  const betweenHubs = types.map((type) => {
    const { from, to } = RELATIONSHIP_TYPES[type];
    return `UNWIND [hub IN hubs WHERE hub:${kindsOf(from)}] AS a
         UNWIND [hub IN hubs WHERE hub:${kindsOf(to)}] AS b
         MATCH (a)-[r:${type}]->(b)${asOf ? `\n         WHERE ${FACT_AS_OF('r')}` : ''}
         RETURN r`;
  });
  const fromSmall = [
    `UNWIND small AS a
         MATCH (a)-[r:${pattern}]->(b) WHERE b IN nodes${dated}
         RETURN r`,
    `UNWIND small AS b
         MATCH (b)<-[r:${pattern}]-(a) WHERE a IN hubs${dated}
         RETURN r`,
  ];
  return `CALL (nodes) {
       UNWIND nodes AS node
       WITH nodes, node, COUNT { (node)--() } AS degree
       WITH nodes, collect(CASE WHEN degree <= ${HUB_DEGREE} THEN node END) AS small,
            collect(CASE WHEN degree > ${HUB_DEGREE} THEN node END) AS hubs
       CALL (nodes, small, hubs) {
         ${[...betweenHubs, ...fromSmall].join('\n         UNION ALL\n         ')}
       }
       WITH r, startNode(r) AS a, endNode(r) AS b
       ORDER BY type(r), a.id, b.id, elementId(r)
       RETURN collect(${RELATION_PROJECTION('r', 'a', 'b', edgeProperties)}) AS edges
     }`;
}

/**
 * The entities within `depth` fact relationships of a node (nearest first, then by id, at most
 * `limit` in all, the start included) and every fact relationship among them, in one statement.
 * `depth` must be 1 to 3: the levels are written out, as Cypher takes no parameter there. The
 * relationships among the nodes never expand a hub (see edgesAmongCall). Null when no entity has
 * the id; with `asOf` (YYYY-MM-DD), only facts a source published by then states, and
 * `reported: false` (and nothing to draw) when the node was first reported later. `projection`
 * keeps only the properties the caller draws.
 */
export async function readNeighborhood(
  tx: ManagedTransaction,
  id: string,
  depth: number,
  types: readonly string[] | null,
  limit: number,
  asOf: string | null = null,
  projection: SubgraphProjection = WHOLE_SUBGRAPH,
): Promise<(Subgraph & { reported: boolean }) | null> {
  if (!Number.isInteger(depth) || depth < 1 || depth > 3) throw new RangeError('depth must be 1, 2 or 3');
  const typeList = factTypes(types);
  const pattern = factTypePattern(typeList);
  const levels = Array.from({ length: depth }, (_, index) => index + 1);
  const result = await tx.run(
    `MATCH (start:Entity {id: $id})
     WITH start, ${asOf ? REPORTED_AS_OF('start') : 'true'} AS reported
     ${levels.map((level) => levelCall(level, pattern, asOf)).join('\n     ')}
     CALL (${levels.map((level) => `level${level}`).join(', ')}) {
       UNWIND ${levels.map((level) => `[n IN level${level} | {node: n, distance: ${level}}]`).join(' + ')} AS found
       WITH found ORDER BY found.distance, found.node.id
       RETURN collect(found.node) AS others
     }
     WITH reported, [start] + others[0..$more] AS nodes, size(others) > $more AS truncated
     ${edgesAmongCall(typeList, asOf, projection.edge)}
     RETURN reported, [n IN nodes | ${NODE_PROJECTION('n', projection.node)}] AS nodes, edges, truncated`,
    { id, more: neo4j.int(limit - 1), asOf },
  );
  const record = result.records[0];
  if (!record) return null;
  const reported = record.get('reported') as boolean;
  if (!reported) return { nodes: [], edges: [], truncated: false, reported };
  return {
    nodes: (record.get('nodes') as unknown[]).map(toNodeData),
    edges: (record.get('edges') as unknown[]).map(toRelationData),
    truncated: record.get('truncated') as boolean,
    reported,
  };
}

/**
 * One shortest path of fact relationships between two entities, or null when none is in reach;
 * `projection` keeps only the properties the caller draws.
 */
export async function readShortestPath(
  tx: ManagedTransaction,
  fromId: string,
  toId: string,
  maxHops: number,
  projection: SubgraphProjection = WHOLE_SUBGRAPH,
): Promise<Subgraph | null> {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > 10)
    throw new RangeError('maxHops must be 1 to 10');
  const result = await tx.run(
    `MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
     MATCH path = shortestPath((a)-[:${factTypePattern()}*..${maxHops}]-(b))
     RETURN [n IN nodes(path) | ${NODE_PROJECTION('n', projection.node)}] AS nodes,
            [r IN relationships(path) | ${RELATION_PROJECTION('r', 'startNode(r)', 'endNode(r)', projection.edge)}] AS edges`,
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
