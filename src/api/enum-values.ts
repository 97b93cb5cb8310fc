import { ENTITY_TYPE_ENUM } from '../graph/model';

/**
 * What each GraphQL enum value stands for inside the graph: the property values the loader
 * writes and, for EntityType, the label of the kind. The enum resolvers serve these maps, and
 * codegen.ts types arguments and results with the value types below, so both read one definition.
 */
export const ENUM_VALUES = {
  EventStatus: {
    PLANNED: 'planned',
    OCCURRED: 'occurred',
    ONGOING: 'ongoing',
    POSTPONED: 'postponed',
    CANCELLED: 'cancelled',
    UNKNOWN: 'unknown',
  },
  AgreementState: { UNDER_NEGOTIATION: 'under_negotiation', SIGNED: 'signed', IN_FORCE: 'in_force' },
  Basis: { ARTICLE: 'article', BACKGROUND: 'background', EXTRACTED: 'extracted' },
  EntityType: ENTITY_TYPE_ENUM,
} as const;

type ValueOf<E extends keyof typeof ENUM_VALUES> = (typeof ENUM_VALUES)[E][keyof (typeof ENUM_VALUES)[E]];

export type EventStatus = ValueOf<'EventStatus'>;
export type AgreementState = ValueOf<'AgreementState'>;
export type Basis = ValueOf<'Basis'>;
export type EntityType = ValueOf<'EntityType'>;
