import { ENUM_VALUES } from '../enum-values';
import type {
  AgreementStateResolvers,
  BasisResolvers,
  ClaimPropertyResolvers,
  ConflictKindResolvers,
  ConflictPropertyResolvers,
  EntityTypeResolvers,
  EventStatusResolvers,
} from '../generated/resolvers-types';

/** GraphQL enum values to the values stored in the graph; `Required` makes tsc ask for every value. */
export const enumResolvers = {
  EventStatus: ENUM_VALUES.EventStatus satisfies Required<EventStatusResolvers>,
  AgreementState: ENUM_VALUES.AgreementState satisfies Required<AgreementStateResolvers>,
  Basis: ENUM_VALUES.Basis satisfies Required<BasisResolvers>,
  EntityType: ENUM_VALUES.EntityType satisfies Required<EntityTypeResolvers>,
  ClaimProperty: ENUM_VALUES.ClaimProperty satisfies Required<ClaimPropertyResolvers>,
  ConflictProperty: ENUM_VALUES.ConflictProperty satisfies Required<ConflictPropertyResolvers>,
  ConflictKind: ENUM_VALUES.ConflictKind satisfies Required<ConflictKindResolvers>,
};
