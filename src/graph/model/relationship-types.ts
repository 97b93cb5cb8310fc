import { ACTOR_KINDS, ENTITY_KIND_NAMES, type EntityKind, type SourceKind } from './node-kinds';

/**
 * The relationship types of the graph. Facts are statements about the world, each with a basis
 * (the article, or background knowledge with its source) and evidence; provenance records where
 * things are written. The writer accepts only these types, validation checks endpoints against
 * them, and every read that follows facts builds its type list from here, so a provenance link
 * is never walked as a fact.
 */

// An Extraction node (an article's extraction as loaded) is neither an entity nor a GraphQL type.
type Endpoint = EntityKind | SourceKind | 'Extraction';

export interface RelationshipTypeSpec {
  category: 'fact' | 'provenance';
  from: readonly Endpoint[];
  to: readonly Endpoint[];
  /** May be stated directly in the `facts` section of extraction.yaml. */
  declarable?: boolean;
  /** Where GraphQL clients meet it, for the documentation. */
  graphqlFields: readonly string[];
}

const ANY_ENTITY = ENTITY_KIND_NAMES;

export const RELATIONSHIP_TYPES = {
  HOLDS_POSITION: {
    category: 'fact',
    from: ['Person'],
    to: ['Position'],
    declarable: true,
    graphqlFields: ['Person.positions', 'Position.holders'],
  },
  POSITION_OF: {
    category: 'fact',
    from: ['Position'],
    to: ['Country', 'Organization'],
    declarable: true,
    graphqlFields: ['Position.of'],
  },
  BELONGS_TO: {
    category: 'fact',
    from: ['Organization', 'Initiative'],
    to: ['Country'],
    declarable: true,
    graphqlFields: ['Organization.belongsTo', 'Initiative.belongsTo', 'Country.institutions'],
  },
  LOCATED_IN: {
    category: 'fact',
    from: ['Organization', 'Initiative', 'Place', 'Country'],
    to: ['Place', 'Country'],
    declarable: true,
    graphqlFields: ['Organization.locatedIn', 'Initiative.locatedIn', 'Place.locatedIn', 'Country.locatedIn'],
  },
  ACCREDITED_TO: {
    category: 'fact',
    from: ['Organization'],
    to: ['Country'],
    declarable: true,
    graphqlFields: ['Organization.accreditedTo'],
  },
  PARTICIPANT_IN: {
    category: 'fact',
    from: ACTOR_KINDS,
    to: ['Event'],
    graphqlFields: ['Event.participants', 'Actor.participations'],
  },
  HELD_IN: {
    category: 'fact',
    from: ['Event'],
    to: ['Place', 'Country'],
    graphqlFields: ['Event.places', 'Place.events'],
  },
  DISCUSSED: {
    category: 'fact',
    from: ['Event'],
    to: ['Sector', 'Topic', 'Initiative'],
    graphqlFields: ['Event.topics', 'Sector.discussedIn', 'Topic.discussedIn', 'Initiative.discussedIn'],
  },
  ON_SIDELINES_OF: {
    category: 'fact',
    from: ['Event'],
    to: ['Event'],
    graphqlFields: ['Event.sidelinesOf'],
  },
  MADE_STATEMENT: {
    category: 'fact',
    from: ACTOR_KINDS,
    to: ['Statement'],
    graphqlFields: ['Actor.statements', 'Statement.speaker'],
  },
  ABOUT: {
    category: 'fact',
    from: ['Statement'],
    to: ANY_ENTITY,
    graphqlFields: ['Statement.about', 'Event.statements'],
  },
  COMMITTED_TO: {
    category: 'fact',
    from: ACTOR_KINDS,
    to: ['Commitment'],
    graphqlFields: ['Commitment.by'],
  },
  MADE_AT: { category: 'fact', from: ['Commitment'], to: ['Event'], graphqlFields: ['Commitment.madeAt'] },
  CONCERNS: {
    category: 'fact',
    from: ['Commitment'],
    to: ANY_ENTITY,
    graphqlFields: ['Commitment.concerns'],
  },
  PARTY_TO: {
    category: 'fact',
    from: ['Country'],
    to: ['Agreement', 'BilateralRelation'],
    graphqlFields: ['Agreement.parties', 'Country.relations', 'BilateralRelation.countries'],
  },
  NEGOTIATED_IN: {
    category: 'fact',
    from: ['Agreement'],
    to: ['Event'],
    graphqlFields: ['Agreement.negotiatedIn'],
  },
  COVERS: {
    category: 'fact',
    from: ['Agreement'],
    to: ['Sector', 'Topic'],
    graphqlFields: ['Agreement.covers'],
  },
  INCLUDES_EVENT: {
    category: 'fact',
    from: ['BilateralRelation'],
    to: ['Event'],
    graphqlFields: ['BilateralRelation.timeline'],
  },
  ESTABLISHED_BY: {
    category: 'fact',
    from: ['BilateralRelation'],
    to: ['Event'],
    graphqlFields: ['BilateralRelation.since'],
  },

  HAS_SENTENCE: {
    category: 'provenance',
    from: ['Article'],
    to: ['Sentence'],
    graphqlFields: ['Article.sentences'],
  },
  NEXT: { category: 'provenance', from: ['Sentence'], to: ['Sentence'], graphqlFields: [] },
  MENTIONED_IN: {
    category: 'provenance',
    from: ANY_ENTITY,
    to: ['Sentence'],
    graphqlFields: ['Entity.mentions'],
  },
  STATED_IN: {
    category: 'provenance',
    from: [...ANY_ENTITY, 'Claim'],
    to: ['Sentence'],
    graphqlFields: ['Entity.statedIn', 'Event.statusWords', 'Claim.words'],
  },
  MAKES_CLAIM: {
    category: 'provenance',
    from: ['Article'],
    to: ['Claim'],
    graphqlFields: ['Claim.article'],
  },
  CLAIM_ABOUT: {
    category: 'provenance',
    from: ['Claim'],
    to: ANY_ENTITY,
    graphqlFields: ['Claim.subject', 'Event.claims', 'Event.statusHistory', 'BilateralRelation.claims'],
  },
  CONFLICT_ABOUT: {
    category: 'provenance',
    from: ['Conflict'],
    to: ANY_ENTITY,
    graphqlFields: ['Conflict.subject', 'Event.conflicts', 'BilateralRelation.conflicts', 'Query.conflicts'],
  },
  BETWEEN_CLAIMS: {
    category: 'provenance',
    from: ['Conflict'],
    to: ['Claim'],
    graphqlFields: ['Conflict.claims'],
  },
  RESOLVES: {
    category: 'provenance',
    from: ['Article'],
    to: ANY_ENTITY,
    graphqlFields: [],
  },
  HAS_EXTRACTION: { category: 'provenance', from: ['Article'], to: ['Extraction'], graphqlFields: [] },
} as const satisfies Record<string, RelationshipTypeSpec>;

export type RelationshipType = keyof typeof RELATIONSHIP_TYPES;

type TypesWhere<Condition> = {
  [T in RelationshipType]: (typeof RELATIONSHIP_TYPES)[T] extends Condition ? T : never;
}[RelationshipType];

/** Relationship types that state facts; the only ones the API follows. */
export type FactType = TypesWhere<{ category: 'fact' }>;
/** Relationship types that record where things are written. */
export type ProvenanceType = TypesWhere<{ category: 'provenance' }>;
/** Fact types an extraction may state in its `facts` section. */
export type DeclarableFactType = TypesWhere<{ declarable: true }>;

const ALL_TYPES = Object.keys(RELATIONSHIP_TYPES) as RelationshipType[];

export const FACT_TYPES = ALL_TYPES.filter(
  (type): type is FactType => RELATIONSHIP_TYPES[type].category === 'fact',
);
export const PROVENANCE_TYPES = ALL_TYPES.filter(
  (type): type is ProvenanceType => RELATIONSHIP_TYPES[type].category === 'provenance',
);
export const DECLARABLE_FACT_TYPES = FACT_TYPES.filter(
  (type): type is DeclarableFactType => 'declarable' in RELATIONSHIP_TYPES[type],
) as [DeclarableFactType, ...DeclarableFactType[]];

export function isFactType(type: string): type is FactType {
  return (FACT_TYPES as readonly string[]).includes(type);
}

/** The kinds a relationship type may join, from -> to. */
export function endpointsOf(type: RelationshipType): { from: readonly Endpoint[]; to: readonly Endpoint[] } {
  const spec: RelationshipTypeSpec = RELATIONSHIP_TYPES[type];
  return { from: spec.from, to: spec.to };
}

/**
 * A relationship-type alternation for Cypher patterns, `HOLDS_POSITION|POSITION_OF|…`, so the
 * expansion itself only walks facts. The names come from this file, never from a request.
 */
export function factTypePattern(types: readonly FactType[] = FACT_TYPES): string {
  return types.join('|');
}
