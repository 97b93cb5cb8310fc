import type { PlainValue } from '../db/convert';
import type { RelationData } from '../graph/read/records';
import type { NodeData } from '../graph/read/records';

/**
 * Resolvers receive nodes flattened: properties at the top level, so GraphQL's default resolver
 * serves plain fields (name, kind, status…), plus the id and the labels.
 */
export type NodeParent = { [property: string]: PlainValue } & { id: string; __labels: string[] };

export function toParent(node: NodeData): NodeParent {
  return { ...node.properties, id: node.id, __labels: node.labels };
}

export function toParentOrNull(node: NodeData | null | undefined): NodeParent | null {
  return node ? toParent(node) : null;
}

/** Labels in the order that decides a node's GraphQL type (an initiative is also an organization). */
const TYPE_BY_LABEL: [label: string, type: string][] = [
  ['Initiative', 'Initiative'],
  ['Country', 'Country'],
  ['Person', 'Person'],
  ['Organization', 'Organization'],
  ['Place', 'Place'],
  ['Position', 'Position'],
  ['Event', 'Event'],
  ['Sector', 'Sector'],
  ['Topic', 'Topic'],
  ['Agreement', 'Agreement'],
  ['Commitment', 'Commitment'],
  ['Statement', 'Statement'],
  ['BilateralRelation', 'BilateralRelation'],
  ['Article', 'Article'],
  ['Sentence', 'Sentence'],
];

export function graphQLTypeOf(labels: readonly string[]): string {
  const match = TYPE_BY_LABEL.find(([label]) => labels.includes(label));
  if (!match) throw new Error(`No GraphQL type for a node labelled ${labels.join(':')}`);
  return match[1];
}

/** What an Evidence object is made from: the relationship's basis, source and sentence ids. */
export interface EvidenceParent {
  basis: string;
  source: string | null;
  sentenceIds: string[];
}

export function evidenceOf(relation: RelationData): EvidenceParent {
  const properties = relation.properties;
  return {
    basis: String(properties['basis'] ?? 'article'),
    source: typeof properties['source'] === 'string' ? properties['source'] : null,
    sentenceIds: Array.isArray(properties['evidence']) ? (properties['evidence'] as string[]) : [],
  };
}
