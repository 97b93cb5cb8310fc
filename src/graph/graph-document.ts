/**
 * The graph an article becomes, independent of how it is written: the loader sends it to Neo4j
 * with UNWIND batches, and the Cypher script generator prints it for cypher-shell. Both read this
 * one structure, so they cannot disagree.
 */

/** A calendar date without time or zone; becomes a Neo4j DATE. */
export class CalendarDate {
  constructor(readonly iso: string) {}
}

export type PropertyValue = string | number | boolean | CalendarDate | readonly string[];

export type Properties = Readonly<Record<string, PropertyValue>>;

/** The label a node is merged on; each has a uniqueness constraint on id. */
export type MergeLabel = 'Entity' | 'Article' | 'Sentence';

export interface GraphNode {
  mergeLabel: MergeLabel;
  id: string;
  /** Every label, the merge label included. */
  labels: readonly string[];
  properties: Properties;
  /** Names as written; merged as a union with what other articles said. */
  aliases?: readonly string[];
}

export interface NodeRef {
  mergeLabel: MergeLabel;
  id: string;
}

export interface GraphRelationship {
  type: string;
  from: NodeRef;
  to: NodeRef;
  /** Properties that tell apart two relationships of one type between the same nodes (a role, a span). */
  key: Properties;
  properties: Properties;
  /** Supporting sentence ids; merged as a union with what other articles said. */
  evidence?: readonly string[];
}

export interface GraphDocument {
  articleId: string;
  nodes: readonly GraphNode[];
  relationships: readonly GraphRelationship[];
}

/** Relationship types that record where things are written, not facts about the world. */
export const PROVENANCE_TYPES = ['HAS_SENTENCE', 'NEXT', 'MENTIONED_IN', 'STATED_IN'] as const;

/**
 * Relationship types that state facts. The API follows only these, and they are spliced into
 * Cypher, so a type must be on this list to be used there.
 */
export const FACT_TYPES = [
  'HOLDS_POSITION',
  'POSITION_OF',
  'BELONGS_TO',
  'LOCATED_IN',
  'ACCREDITED_TO',
  'PARTICIPANT_IN',
  'HELD_IN',
  'DISCUSSED',
  'ON_SIDELINES_OF',
  'MADE_STATEMENT',
  'ABOUT',
  'COMMITTED_TO',
  'MADE_AT',
  'CONCERNS',
  'PARTY_TO',
  'NEGOTIATED_IN',
  'COVERS',
  'INCLUDES_EVENT',
  'ESTABLISHED_BY',
] as const;
export type FactType = (typeof FACT_TYPES)[number];

export function isFactType(type: string): type is FactType {
  return (FACT_TYPES as readonly string[]).includes(type);
}
