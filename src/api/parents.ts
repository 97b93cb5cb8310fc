import type { PlainValue } from '../db/convert';
import type { PersonInvolvement } from '../graph/read/bilateral';
import type { NodeData, RelationData } from '../graph/read/records';
import type { Subgraph as SubgraphData } from '../graph/read/subgraph';
import type { ConnectionParent } from './connection';

/**
 * The shapes resolvers receive as their parent; codegen.ts maps the GraphQL types onto them, so
 * the generated resolver types check every resolver against what it is really given.
 */

/**
 * A node flattened: properties at the top level, so GraphQL's default resolver serves plain
 * fields (name, kind, status…), plus the id and the labels. Every entity, article, sentence,
 * claim and conflict. `__asOf` (YYYY-MM-DD), when present, is the day the node is read as of:
 * its fields answer with what articles published by then said, and hand the day on to theirs.
 */
export type NodeParent = { [property: string]: PlainValue } & { id: string; __labels: string[] };

export function toParent(node: NodeData, asOf: string | null = null): NodeParent {
  return { ...node.properties, id: node.id, __labels: node.labels, ...(asOf ? { __asOf: asOf } : {}) };
}

export function toParentOrNull(
  node: NodeData | null | undefined,
  asOf: string | null = null,
): NodeParent | null {
  return node ? toParent(node, asOf) : null;
}

/** The day a parent is read as of, or null for "now". */
export function asOfOf(parent: NodeParent): string | null {
  const asOf = parent['__asOf'];
  return typeof asOf === 'string' ? asOf : null;
}

/** One span of a fact's evidence: words of one source. */
export interface EvidenceSpanParent {
  text: string;
  start: number;
  end: number;
  articleId: string;
  /** The evidence sentences of that article, among which one holds the words. */
  sentenceIds: string[];
}

/** What an Evidence object is made from: the properties of the fact relationship. */
export interface EvidenceParent {
  basis: string;
  source: string | null;
  sentenceIds: string[];
  /** For extracted facts: the drafting rule and its confidence. */
  confidence: number | null;
  rule: string | null;
  /** Article ids in publication order. */
  sources: string[];
  /** Stored distinct outlets; null when they must be counted from `sources` (as of a day). */
  corroboration: number | null;
  spans: EvidenceSpanParent[];
  firstReported: string | null;
}

/** The article id of a sentence id (`<article>#s<index>`). */
export function articleOfSentence(sentenceId: string): string {
  const hash = sentenceId.lastIndexOf('#');
  return hash < 0 ? sentenceId : sentenceId.slice(0, hash);
}

const listOf = (value: PlainValue | undefined): PlainValue[] => (Array.isArray(value) ? value : []);

/**
 * The stored properties of a fact relationship each Evidence field reads, for the fields that read
 * a property of their own. A field not listed (sentences, sources, spans, firstReported) reads
 * the lists of sources and their spans, and needs every property.
 */
export const EVIDENCE_FIELD_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  __typename: [],
  basis: ['basis'],
  source: ['source'],
  confidence: ['confidence'],
  rule: ['rule'],
  corroboration: ['corroboration'],
};

/**
 * The evidence a fact relationship carries in its properties (basis, source, sources, spans,
 * evidence). As of a day, only the sources published by then count, with their spans and
 * sentences; their outlets are then counted again.
 */
export function evidenceFromRelationship(relation: RelationData, asOf: string | null = null): EvidenceParent {
  const properties = relation.properties;
  const allSources = listOf(properties['sources']).map(String);
  const dates = listOf(properties['sourceDates']).map(String);
  const kept = asOf
    ? allSources.filter((_, index) => (dates[index] ?? '') !== '' && (dates[index] ?? '') <= asOf)
    : allSources;
  const keptDates = dates.filter((date, index) => date !== '' && kept.includes(allSources[index] ?? ''));
  const inKept = (articleId: string) => !asOf || kept.includes(articleId);
  const sentenceIds = listOf(properties['evidence'])
    .map(String)
    .filter((id) => inKept(articleOfSentence(id)));
  const [starts, ends, texts] = ['spanStarts', 'spanEnds', 'spanTexts'].map((key) => listOf(properties[key]));
  const spans = listOf(properties['spanArticles']).flatMap((article, index) => {
    const articleId = String(article);
    if (!inKept(articleId)) return [];
    return [
      {
        articleId,
        start: Number(starts?.[index]),
        end: Number(ends?.[index]),
        text: String(texts?.[index] ?? ''),
        sentenceIds: sentenceIds.filter((id) => articleOfSentence(id) === articleId),
      },
    ];
  });
  const stored = properties['corroboration'];
  return {
    basis: String(properties['basis'] ?? 'article'),
    source: typeof properties['source'] === 'string' ? properties['source'] : null,
    sentenceIds,
    confidence: typeof properties['confidence'] === 'number' ? properties['confidence'] : null,
    rule: typeof properties['rule'] === 'string' ? properties['rule'] : null,
    sources: kept,
    corroboration: !asOf && typeof stored === 'number' ? stored : null,
    spans,
    firstReported: keptDates.sort()[0] ?? null,
  };
}

/** One value of a conflict, with who gives it; `node` resolves ids of places and the like. */
export interface ConflictValueParent {
  value: string;
  sources: string[];
  asOf: string | null;
}

/** A node of a subgraph, or a relationship of one, with the day the subgraph is read as of. */
export type GraphNodeParent = NodeData & { asOf: string | null };
export type GraphEdgeParent = RelationData & { asOf: string | null };

/** A person's part in a bilateral relation; `events` is resolved from the event ids. */
export type PersonInvolvementParent = Omit<PersonInvolvement, 'person'> & {
  person: NodeParent;
  asOf: string | null;
};

/** Statistics has nothing of its own: each count is its own field resolver. */
export type StatisticsParent = Record<string, never>;

export type NodeConnectionParent = ConnectionParent<NodeParent>;
/** Relations of a page, each with the day the list is read as of. */
export type RelationConnectionParent = ConnectionParent<GraphEdgeParent>;

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

/** A subgraph with the day it is read as of (null for now). */
export type SubgraphParent = SubgraphData & { asOf: string | null };
