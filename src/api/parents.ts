import type { PlainValue } from '../db/convert';
import type { PersonInvolvement } from '../graph/read/bilateral';
import type { NodeData, RelationData } from '../graph/read/records';
import type { ConnectionParent } from './connection';

/**
 * The shapes resolvers receive as their parent; codegen.ts maps the GraphQL types onto them, so
 * the generated resolver types check every resolver against what it is really given.
 */

/**
 * A node flattened: properties at the top level, so GraphQL's default resolver serves plain
 * fields (name, kind, status…), plus the id and the labels. Every entity, article and sentence.
 */
export type NodeParent = { [property: string]: PlainValue } & { id: string; __labels: string[] };

export function toParent(node: NodeData): NodeParent {
  return { ...node.properties, id: node.id, __labels: node.labels };
}

export function toParentOrNull(node: NodeData | null | undefined): NodeParent | null {
  return node ? toParent(node) : null;
}

/** What an Evidence object is made from: the relationship's basis, source and sentence ids. */
export interface EvidenceParent {
  basis: string;
  source: string | null;
  sentenceIds: string[];
  /** For extracted facts: the drafting rule and its confidence. */
  confidence: number | null;
  rule: string | null;
}

/** The evidence a fact relationship carries in its properties (basis, source, evidence). */
export function evidenceFromRelationship(relation: RelationData): EvidenceParent {
  const properties = relation.properties;
  return {
    basis: String(properties['basis'] ?? 'article'),
    source: typeof properties['source'] === 'string' ? properties['source'] : null,
    sentenceIds: Array.isArray(properties['evidence']) ? properties['evidence'].map(String) : [],
    confidence: typeof properties['confidence'] === 'number' ? properties['confidence'] : null,
    rule: typeof properties['rule'] === 'string' ? properties['rule'] : null,
  };
}

/** A person's part in a bilateral relation; `events` is resolved from the event ids. */
export type PersonInvolvementParent = Omit<PersonInvolvement, 'person'> & { person: NodeParent };

/** Statistics has nothing of its own: each count is its own field resolver. */
export type StatisticsParent = Record<string, never>;

export type NodeConnectionParent = ConnectionParent<NodeParent>;
export type RelationConnectionParent = ConnectionParent<RelationData>;

/*
 * Node properties are whatever the loader wrote; these read one with the type a field needs.
 */

/** A string property, or null when the node has none. */
export function stringProperty(node: NodeParent, key: string): string | null {
  const value = node[key];
  return typeof value === 'string' ? value : null;
}

/** A string property a non-null field needs: its absence is a fault of the graph, not of the request. */
export function requiredStringProperty(node: NodeParent, key: string): string {
  const value = node[key];
  if (typeof value !== 'string') throw new Error(`Node ${node.id} has no string property ${key}`);
  return value;
}

/** A list property, or an empty list when the node has none. */
export function stringListProperty(node: NodeParent, key: string): string[] {
  const value = node[key];
  return Array.isArray(value) ? value.map(String) : [];
}
