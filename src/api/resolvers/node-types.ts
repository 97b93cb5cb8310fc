import { ACTOR_KINDS, ENTITY_KIND_NAMES, graphQLTypeOf } from '../../graph/model';
import type { Resolvers } from '../generated/resolvers-types';
import type { NodeParent } from '../parents';

/** A node's GraphQL type from its labels, checked to be one an interface allows. */
const typeAmong =
  <T extends string>(allowed: readonly T[]) =>
  (parent: NodeParent): T => {
    const type: string = graphQLTypeOf(parent.__labels);
    const isAllowed = (name: string): name is T => (allowed as readonly string[]).includes(name);
    if (!isAllowed(type)) throw new Error(`Node ${parent.id} is a ${type}, not one of ${allowed.join(', ')}`);
    return type;
  };

/** The interfaces: a node's GraphQL type comes from its labels through the model registry. */
export const nodeTypeResolvers: Pick<Resolvers, 'Node' | 'Entity' | 'Actor'> = {
  Node: { __resolveType: (parent) => graphQLTypeOf(parent.__labels) },
  Entity: { __resolveType: typeAmong(ENTITY_KIND_NAMES) },
  Actor: { __resolveType: typeAmong(ACTOR_KINDS) },
};
