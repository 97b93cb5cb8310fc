import type { Record as Neo4jRecord } from 'neo4j-driver';
import { toPlain, type PlainValue } from '../../db/convert';

/** A node as the read layer hands it on: id, labels and plain properties. */
export interface NodeData {
  id: string;
  labels: string[];
  properties: Record<string, PlainValue>;
}

/** A relationship between two nodes, with the node at the other end. */
export interface RelationData {
  /** Neo4j's element id: stable while the relationship exists. */
  elementId: string;
  type: string;
  properties: Record<string, PlainValue>;
  sourceId: string;
  targetId: string;
}

/** The projection every node query returns, so one reader converts them all. */
export const NODE_PROJECTION = (variable: string) =>
  `{id: ${variable}.id, labels: labels(${variable}), properties: properties(${variable})}`;

export const RELATION_PROJECTION = (variable: string, source: string, target: string) =>
  `{elementId: elementId(${variable}), type: type(${variable}), properties: properties(${variable}), sourceId: ${source}.id, targetId: ${target}.id}`;

export function toNodeData(value: unknown): NodeData {
  const plain = toPlain(value) as { id: string; labels: string[]; properties: Record<string, PlainValue> };
  // Search text is an index field, not data for clients.
  const { searchText: _searchText, ...properties } = plain.properties;
  return { id: plain.id, labels: plain.labels, properties };
}

export function toRelationData(value: unknown): RelationData {
  return toPlain(value) as unknown as RelationData;
}

/** Rows of a batch query grouped by their `id` column, in the order the query returned them. */
export function groupById<T>(
  records: readonly Neo4jRecord[],
  toValue: (record: Neo4jRecord) => T,
): Map<string, T[]> {
  const byId = new Map<string, T[]>();
  for (const record of records) {
    const id = record.get('id') as string;
    const list = byId.get(id);
    if (list) list.push(toValue(record));
    else byId.set(id, [toValue(record)]);
  }
  return byId;
}
