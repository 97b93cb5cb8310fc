/**
 * The pieces the synthetic graph is made of, in the model's own terms (GraphNode and
 * GraphRelationship, the registry's labels, id prefixes and relationship types), and the nodes of
 * the article graph it may attach to.
 */
import {
  ENTITY_KINDS,
  labelsOfKind,
  type EntityKind,
  type GraphNode,
  type GraphRelationship,
  type NodeRef,
  type Properties,
} from '../../src/graph/model';

/**
 * Nodes of the article graph that synthetic data attaches to: countries, sectors, topics,
 * places, initiatives and ministries grow into hubs. Nothing attaches to the article's people,
 * positions, events, statements, agreement or relation, so the three benchmark questions (the
 * Rwanda–Kazakhstan view, Nurtleu's neighbourhood, the search) have the same answers at every
 * scale while the hubs around them grow.
 */
export const ARTICLE_HUBS = {
  Country: ['country:rwanda', 'country:kazakhstan', 'country:turkiye'],
  Sector: [
    'sector:culture',
    'sector:defence-industry',
    'sector:economy',
    'sector:humanitarian',
    'sector:investment',
    'sector:politics',
    'sector:private-sector',
    'sector:public-sector',
    'sector:technology',
    'sector:trade',
    'sector:transport',
  ],
  Topic: ['topic:global-issues', 'topic:legal-framework', 'topic:official-visits', 'topic:regional-issues'],
  Place: ['place:africa', 'place:astana', 'place:east-asia'],
  Initiative: ['initiative:astana-hub', 'initiative:kazakhstan-e-government', 'initiative:smart-rwanda'],
  Organization: ['org:rwanda-ministry-of-foreign-affairs', 'org:kazakhstan-ministry-of-foreign-affairs'],
} as const satisfies Partial<Record<EntityKind, readonly string[]>>;

/** Ministries of foreign affairs of the article's countries, by country. */
export const ARTICLE_MINISTRIES: Readonly<Record<string, string>> = {
  'country:rwanda': 'org:rwanda-ministry-of-foreign-affairs',
  'country:kazakhstan': 'org:kazakhstan-ministry-of-foreign-affairs',
};

export const ARTICLE_HUB_IDS: readonly string[] = Object.values(ARTICLE_HUBS).flat();

export interface SyntheticChunk {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
}

export const entityRef = (id: string): NodeRef => ({ mergeLabel: 'Entity', id });

/**
 * An entity node as the loader writes one: the kind's labels, its id prefix, names, aliases and
 * the search text the full-text index reads.
 */
export function entityNode(
  kind: EntityKind,
  slug: string,
  names: { name: string; nameEn?: string; aliases?: string[] },
  properties: Properties = {},
  extraLabels: string[] = [],
): GraphNode {
  const nameEn = names.nameEn ?? names.name;
  const aliases = names.aliases ?? [names.name];
  return {
    mergeLabel: 'Entity',
    id: `${ENTITY_KINDS[kind].idPrefix}:${slug}`,
    labels: [...labelsOfKind(kind), ...extraLabels],
    properties: {
      ...properties,
      name: names.name,
      nameEn,
      aliases,
      searchText: [names.name, nameEn, ...aliases].join(' | '),
    },
  };
}

/** Where a fact is written: one sentence of one synthetic article, with the span's words. */
export interface Evidence {
  articleId: string;
  sentenceId: string;
  publishedOn: string;
  start: number;
  end: number;
  text: string;
}

/** The properties the loader gives a fact an article states. */
export function factProperties(evidence: Evidence, extra: Properties = {}): Properties {
  return {
    ...extra,
    basis: 'article',
    evidence: [evidence.sentenceId],
    sources: [evidence.articleId],
    sourceDates: [evidence.publishedOn],
    corroboration: 1,
    spanArticles: [evidence.articleId],
    spanStarts: [evidence.start],
    spanEnds: [evidence.end],
    spanTexts: [evidence.text],
  };
}

export function relationship(
  type: GraphRelationship['type'],
  from: NodeRef,
  to: NodeRef,
  properties: Properties = {},
): GraphRelationship {
  return { type, from, to, key: {}, properties };
}
