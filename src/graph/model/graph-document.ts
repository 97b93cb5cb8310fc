import type { MergeLabel } from './node-kinds';
import type { FactType, ProvenanceType } from './relationship-types';

/**
 * The graph an article becomes, independent of how it is written: the loader sends it to Neo4j
 * with UNWIND batches, and the Cypher script generator prints it for cypher-shell. Both read this
 * one structure, so they cannot disagree.
 */

export type { MergeLabel };

/** A calendar date without time or zone; becomes a Neo4j DATE. */
export class CalendarDate {
  constructor(readonly iso: string) {}
}

/**
 * A number between 0 and 1 such as a confidence; becomes a Neo4j FLOAT. Plain numbers in the
 * graph are whole (offsets, indexes) and become INTEGERs, so a fraction says what it is.
 */
export class Fraction {
  constructor(readonly value: number) {
    if (!Number.isFinite(value)) throw new Error(`${value} is not a finite number`);
  }
}

export type PropertyValue =
  string | number | boolean | CalendarDate | Fraction | readonly string[] | readonly number[];

export type Properties = Readonly<Record<string, PropertyValue>>;

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
  /** Only the registry's types can be written: anything else the API could not read. */
  type: FactType | ProvenanceType;
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
