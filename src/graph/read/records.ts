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

/**
 * Which stored properties a read hands back: every one, or only those named, for a caller whose
 * selection needs no more (a neighbourhood drawn by names carries no evidence lists, which are
 * most of its bytes). Named properties a node lacks come back null.
 */
export type PropertyChoice = 'all' | readonly string[];

const PROPERTY_NAME = /^[A-Za-z][A-Za-z0-9]*$/;

/** The map of properties `choice` keeps; names are checked again, as they become Cypher text. */
function propertiesOf(variable: string, choice: PropertyChoice): string {
  if (choice === 'all') return `properties(${variable})`;
  const bad = choice.find((name) => !PROPERTY_NAME.test(name));
  if (bad !== undefined) throw new Error(`Not a property name: "${bad}"`);
  return `${variable}{${choice.map((name) => `.${name}`).join(', ')}}`;
}

/**
 * The projection every node query returns, so one reader converts them all. The search text, an
 * index field and not data for clients, stays in Neo4j: it is sent as null and dropped here.
 */
export const NODE_PROJECTION = (variable: string, properties: PropertyChoice = 'all') =>
  `{id: ${variable}.id, labels: labels(${variable}), properties: ${
    properties === 'all' ? `${variable}{.*, searchText: null}` : propertiesOf(variable, properties)
  }}`;

export const RELATION_PROJECTION = (
  variable: string,
  source: string,
  target: string,
  properties: PropertyChoice = 'all',
) =>
  `{elementId: elementId(${variable}), type: type(${variable}), properties: ${propertiesOf(variable, properties)}, sourceId: ${source}.id, targetId: ${target}.id}`;

export function toNodeData(value: unknown): NodeData {
  const plain = toPlain(value) as { id: string; labels: string[]; properties: Record<string, PlainValue> };
  // NODE_PROJECTION sends the search text as null; a node has no such property for clients.
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
