import type { ManagedTransaction } from 'neo4j-driver';
import { toPlain } from '../../db/convert';
import { CLAIM_ORDER, CLAIMED_AS_OF, CONFLICT_VALUES_AS_OF, FACT_AS_OF } from './as-of';
import { readPart, type NodePart } from './node-parts';
import { countRows, readPage, type ListSpec, type Page, type PageRequest } from './pages';
import { groupById, NODE_PROJECTION, toNodeData, type NodeData } from './records';

/**
 * Conflicts: sources giving different values for one property of one entity. With `asOf`
 * (YYYY-MM-DD), a conflict counts only while two values have sources published by then, and each
 * value lists only those sources.
 */

export interface ConflictValue {
  value: string;
  /** Article ids, or `background`. */
  sources: string[];
}

export interface ConflictData {
  node: NodeData;
  values: ConflictValue[];
}

/** The stored values of a conflict, each with the sources that give it. */
function storedValues(node: NodeData): ConflictValue[] {
  const values = node.properties['values'];
  const sources = node.properties['valueSources'];
  if (!Array.isArray(values)) return [];
  return values.map((value, index) => ({
    value: String(value),
    sources: String((Array.isArray(sources) ? sources[index] : '') ?? '')
      .split(' ')
      .filter((source) => source !== ''),
  }));
}

function toConflictData(record: { get(key: string): unknown }): ConflictData {
  const node = toNodeData(record.get('node'));
  const asOfValues = record.get('values') as unknown;
  return {
    node,
    values: asOfValues === null ? storedValues(node) : (toPlain(asOfValues) as unknown as ConflictValue[]),
  };
}

/**
 * With `asOf`: the conflict's values as of the day, and the conflict kept only while two of them
 * have a source by then. Without: null values (the stored ones stand).
 */
const VALUES_AS_OF = (conflict: string, asOf: string | null) =>
  asOf
    ? `\n     WITH id, ${conflict}, ${CONFLICT_VALUES_AS_OF(conflict)} AS values WHERE size(values) >= 2`
    : '';

/** The return clause: the node, and its values as of the day (null without one). */
const RETURNS = (conflict: string, asOf: string | null) =>
  `${NODE_PROJECTION(conflict)} AS node, ${asOf ? 'values' : 'null AS values'}`;

/** For each entity id, the conflicts about it, by id. */
export async function readConflictsAbout(
  tx: ManagedTransaction,
  ids: readonly string[],
  asOf: string | null = null,
): Promise<Map<string, ConflictData[]>> {
  const result = await tx.run(
    `UNWIND $ids AS id
     MATCH (:Entity {id: id})<-[:CONFLICT_ABOUT]-(conflict:Conflict)${VALUES_AS_OF('conflict', asOf)}
     RETURN id, ${RETURNS('conflict', asOf)}
     ORDER BY id, conflict.id`,
    { ids, asOf },
  );
  return groupById(result.records, toConflictData);
}

/**
 * The conflicts about a bilateral relation itself and about the events it includes or that
 * established it, by id; as of a day, with the values by then and only while two remain.
 */
export function relationConflictsPart(asOf: string | null): NodePart<ConflictData[]> {
  const values = asOf
    ? `WITH conflict, ${CONFLICT_VALUES_AS_OF('conflict')} AS values WHERE size(values) >= 2`
    : 'WITH conflict, null AS values';
  return {
    call: (node, column) => `CALL (${node}) {
       CALL (${node}) {
         MATCH (${node})<-[:CONFLICT_ABOUT]-(conflict:Conflict)
         RETURN conflict
         UNION
         MATCH (${node})-[link:INCLUDES_EVENT|ESTABLISHED_BY]->(:Event)<-[:CONFLICT_ABOUT]-(conflict:Conflict)${asOf ? ` WHERE ${FACT_AS_OF('link')}` : ''}
         RETURN conflict
       }
       ${values}
       ORDER BY conflict.id
       RETURN collect({node: ${NODE_PROJECTION('conflict')}, values: values}) AS ${column}
     }`,
    convert: (value) =>
      (value as { node: unknown; values: unknown }[]).map((entry) =>
        toConflictData({ get: (key) => entry[key as 'node' | 'values'] }),
      ),
  };
}

/** For each bilateral relation id, its conflicts and those of its events (see relationConflictsPart). */
export function readRelationConflicts(
  tx: ManagedTransaction,
  ids: readonly string[],
  asOf: string | null = null,
): Promise<Map<string, ConflictData[]>> {
  return readPart(tx, relationConflictsPart(asOf), ids, asOf);
}

/** For each conflict id, the claims it compares, in publication order. */
export async function readConflictClaims(
  tx: ManagedTransaction,
  ids: readonly string[],
  asOf: string | null = null,
): Promise<Map<string, NodeData[]>> {
  const result = await tx.run(
    `UNWIND $ids AS id
     MATCH (:Conflict {id: id})-[:BETWEEN_CLAIMS]->(claim:Claim)${asOf ? `\n     WHERE ${CLAIMED_AS_OF('claim')}` : ''}
     RETURN id, ${NODE_PROJECTION('claim')} AS node
     ORDER BY id, ${CLAIM_ORDER('claim')}`,
    { ids, asOf },
  );
  return groupById(result.records, (record) => toNodeData(record.get('node')));
}

export interface ConflictFilter {
  /** Stored property names: time, since, place, officeOf, belongsTo. */
  properties?: readonly string[] | null;
  /** between-sources or with-background. */
  kind?: string | null;
}

function conflictSpec(filter: ConflictFilter): ListSpec {
  const where: string[] = [];
  if (filter.properties?.length) where.push('conflict.property IN $properties');
  if (filter.kind) where.push('conflict.kind = $kind');
  return {
    match: 'MATCH (conflict:Conflict)',
    where,
    keyExpression: 'conflict.id',
    idExpression: 'conflict.id',
    descending: false,
    returns: RETURNS('conflict', null),
  };
}

function conflictParameters(filter: ConflictFilter): Record<string, unknown> {
  return { properties: filter.properties ?? null, kind: filter.kind ?? null };
}

/** Every conflict, by id, paged. */
export function readConflictPage(
  tx: ManagedTransaction,
  filter: ConflictFilter,
  page: PageRequest,
): Promise<Page<ConflictData>> {
  return readPage(tx, conflictSpec(filter), conflictParameters(filter), page, toConflictData);
}

export function countConflicts(tx: ManagedTransaction, filter: ConflictFilter): Promise<number> {
  return countRows(tx, conflictSpec(filter), conflictParameters(filter));
}
