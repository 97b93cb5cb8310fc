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
  ClaimProperty: { STATUS: 'status', TIME: 'time', SINCE: 'since' },
  ConflictProperty: {
    TIME: 'time',
    SINCE: 'since',
    PLACE: 'place',
    OFFICE_OF: 'officeOf',
    BELONGS_TO: 'belongsTo',
  },
  ConflictKind: { BETWEEN_SOURCES: 'between-sources', WITH_BACKGROUND: 'with-background' },
} as const;

type ValueOf<E extends keyof typeof ENUM_VALUES> = (typeof ENUM_VALUES)[E][keyof (typeof ENUM_VALUES)[E]];

export type EventStatus = ValueOf<'EventStatus'>;
export type AgreementState = ValueOf<'AgreementState'>;
export type Basis = ValueOf<'Basis'>;
export type EntityType = ValueOf<'EntityType'>;
export type ClaimProperty = ValueOf<'ClaimProperty'>;
export type ConflictProperty = ValueOf<'ConflictProperty'>;
export type ConflictKind = ValueOf<'ConflictKind'>;

/** A stored value read back as one of an enum's values, or null when it is none of them. */
export function enumValueOf<E extends keyof typeof ENUM_VALUES>(
  enumName: E,
  value: unknown,
): ValueOf<E> | null {
  const values: readonly unknown[] = Object.values(ENUM_VALUES[enumName]);
  return values.includes(value) ? (value as ValueOf<E>) : null;
}
