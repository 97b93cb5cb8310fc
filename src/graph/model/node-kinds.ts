/**
 * The kinds of node the graph holds. This is the one description of them: the extraction's
 * sections and id prefixes, the labels the writer sets, the GraphQL type a node resolves to and
 * the `EntityType` enum all derive from it. Adding a kind is one entry here plus its GraphQL type
 * in schema.graphql (a test checks that the two agree).
 */

export interface EntityKindSpec {
  /** Labels a node of this kind carries besides Entity; the last one names the kind. */
  labels: readonly string[];
  /** Ids of this kind read `<idPrefix>:<slug>`. */
  idPrefix: string;
  /** The section of extraction.yaml that lists items of this kind. */
  section: string;
  /** The value of the GraphQL `EntityType` enum that selects this kind. */
  entityType: string;
  /** How a person would call one of them, for messages and documentation. */
  displayName: string;
  /**
   * A thing the articles name, with mentions as written (a country, a person…), rather than a
   * fact the graph builds (an event, a statement): drafting, linking and resolution by name
   * apply to these.
   */
  named?: true;
}

/** In the order of the sections of extraction.yaml. */
export const ENTITY_KINDS = {
  Country: {
    labels: ['Actor', 'Country'],
    idPrefix: 'country',
    section: 'countries',
    entityType: 'COUNTRY',
    displayName: 'country',
    named: true,
  },
  Person: {
    labels: ['Actor', 'Person'],
    idPrefix: 'person',
    section: 'people',
    entityType: 'PERSON',
    displayName: 'person',
    named: true,
  },
  Organization: {
    labels: ['Actor', 'Organization'],
    idPrefix: 'org',
    section: 'organizations',
    entityType: 'ORGANIZATION',
    displayName: 'organization',
    named: true,
  },
  Place: {
    labels: ['Place'],
    idPrefix: 'place',
    section: 'places',
    entityType: 'PLACE',
    displayName: 'place',
    named: true,
  },
  Initiative: {
    labels: ['Initiative'],
    idPrefix: 'initiative',
    section: 'initiatives',
    entityType: 'INITIATIVE',
    displayName: 'initiative',
    named: true,
  },
  Sector: {
    labels: ['Sector'],
    idPrefix: 'sector',
    section: 'sectors',
    entityType: 'SECTOR',
    displayName: 'sector',
    named: true,
  },
  Topic: {
    labels: ['Topic'],
    idPrefix: 'topic',
    section: 'topics',
    entityType: 'TOPIC',
    displayName: 'topic',
    named: true,
  },
  Position: {
    labels: ['Position'],
    idPrefix: 'position',
    section: 'positions',
    entityType: 'POSITION',
    displayName: 'position',
  },
  Event: {
    labels: ['Event'],
    idPrefix: 'event',
    section: 'events',
    entityType: 'EVENT',
    displayName: 'event',
  },
  Agreement: {
    labels: ['Agreement'],
    idPrefix: 'agreement',
    section: 'agreements',
    entityType: 'AGREEMENT',
    displayName: 'agreement',
  },
  Commitment: {
    labels: ['Commitment'],
    idPrefix: 'commitment',
    section: 'commitments',
    entityType: 'COMMITMENT',
    displayName: 'commitment',
  },
  Statement: {
    labels: ['Statement'],
    idPrefix: 'statement',
    section: 'statements',
    entityType: 'STATEMENT',
    displayName: 'statement',
  },
  BilateralRelation: {
    labels: ['BilateralRelation'],
    idPrefix: 'relation',
    section: 'relations',
    entityType: 'BILATERAL_RELATION',
    displayName: 'bilateral relation',
  },
} as const satisfies Record<string, EntityKindSpec>;

/** A kind of entity; also the name of its GraphQL type and its distinguishing label. */
export type EntityKind = keyof typeof ENTITY_KINDS;

export const ENTITY_KIND_NAMES = Object.keys(ENTITY_KINDS) as EntityKind[];

/** Kinds whose items are names with their mentions (see `named`). */
export type NamedKind = {
  [K in EntityKind]: (typeof ENTITY_KINDS)[K] extends { named: true } ? K : never;
}[EntityKind];

export const NAMED_KINDS = ENTITY_KIND_NAMES.filter(
  (kind): kind is NamedKind => 'named' in ENTITY_KINDS[kind],
);

/** Kinds that can act: take part in events, make statements and commitments. */
export type ActorKind = {
  [K in EntityKind]: 'Actor' extends (typeof ENTITY_KINDS)[K]['labels'][number] ? K : never;
}[EntityKind];

export const ACTOR_KINDS = ENTITY_KIND_NAMES.filter((kind): kind is ActorKind =>
  (ENTITY_KINDS[kind].labels as readonly string[]).includes('Actor'),
);

/** The extraction section of each kind, typed for reading an extraction. */
export type EntitySection = (typeof ENTITY_KINDS)[EntityKind]['section'];

/**
 * Nodes that record where things are written and who says what; each is its own GraphQL type.
 * A claim is what one article says about one property of an entity (an event's status or time,
 * the start of a relation); a conflict is two or more sources disagreeing about one property.
 */
export const SOURCE_KINDS = {
  Article: { label: 'Article', displayName: 'article' },
  Sentence: { label: 'Sentence', displayName: 'sentence' },
  Claim: { label: 'Claim', displayName: 'claim' },
  Conflict: { label: 'Conflict', displayName: 'conflict' },
} as const;
export type SourceKind = keyof typeof SOURCE_KINDS;

/**
 * Every label a node is merged on (each has a uniqueness constraint on id). An Extraction holds
 * an article's extraction as loaded, so the graph can be rebuilt from what it stores.
 */
export type MergeLabel = 'Entity' | SourceKind | 'Extraction';

/**
 * The GraphQL object type of a node, from its labels: the kind all of whose labels it carries.
 * An initiative that is also an organization carries Organization but not Actor, so it stays an
 * initiative.
 */
export function graphQLTypeOf(labels: readonly string[]): EntityKind | SourceKind {
  const kind = ENTITY_KIND_NAMES.find(
    (name) => labels.includes(name) && ENTITY_KINDS[name].labels.every((label) => labels.includes(label)),
  );
  if (kind) return kind;
  const source = (Object.keys(SOURCE_KINDS) as SourceKind[]).find((name) => labels.includes(name));
  if (source) return source;
  throw new Error(`No GraphQL type for a node labelled ${labels.join(':')}`);
}

/** Labels a new entity of a kind carries, Entity first. */
export function labelsOfKind(kind: EntityKind): string[] {
  return ['Entity', ...ENTITY_KINDS[kind].labels];
}

/** The GraphQL `EntityType` enum as resolvers map it: enum value to the kind's label. */
export const ENTITY_TYPE_ENUM = Object.fromEntries(
  ENTITY_KIND_NAMES.map((kind) => [ENTITY_KINDS[kind].entityType, kind]),
) as { [K in EntityKind as (typeof ENTITY_KINDS)[K]['entityType']]: K };
