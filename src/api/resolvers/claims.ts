import type { ConflictData } from '../../graph/read/conflicts';
import type { GraphQLContext } from '../context';
import { enumValueOf } from '../enum-values';
import type { Resolvers } from '../generated/resolvers-types';
import {
  asOfOf,
  requiredStringProperty,
  toParent,
  type ConflictValueParent,
  type NodeParent,
} from '../parents';
import { loadParent } from './entity-fields';

/** A conflict as a parent: the node, with its values as of the day it was read (`__values`). */
export function conflictParent(conflict: ConflictData, asOf: string | null): NodeParent {
  return {
    ...toParent(conflict.node, asOf),
    __values: conflict.values.map((value) => ({ value: value.value, sources: value.sources })),
  };
}

/** Claims about the parent entity as of its day, in publication order; optionally one property. */
export async function claimsAbout(
  parent: NodeParent,
  context: GraphQLContext,
  property?: 'status' | 'time' | 'since',
): Promise<NodeParent[]> {
  const asOf = asOfOf(parent);
  const claims = await context.loaders.claimsAbout(asOf).load(parent.id);
  return claims
    .filter((claim) => !property || claim.properties['property'] === property)
    .map((claim) => toParent(claim, asOf));
}

/** Conflicts about the parent entity as of its day. */
export async function conflictsAbout(parent: NodeParent, context: GraphQLContext): Promise<NodeParent[]> {
  const asOf = asOfOf(parent);
  return (await context.loaders.conflictsAbout(asOf).load(parent.id)).map((c) => conflictParent(c, asOf));
}

function conflictValues(parent: NodeParent): ConflictValueParent[] {
  const asOf = asOfOf(parent);
  const given = parent['__values'];
  if (Array.isArray(given)) {
    return given.map((entry) => {
      const value = entry as { value: string; sources: string[] };
      return { value: value.value, sources: value.sources, asOf };
    });
  }
  // A conflict read by id: its stored values.
  const values = Array.isArray(parent['values']) ? parent['values'] : [];
  const sources = Array.isArray(parent['valueSources']) ? parent['valueSources'] : [];
  return values.map((value, index) => ({
    value: String(value),
    sources: String(sources[index] ?? '')
      .split(' ')
      .filter((source) => source !== ''),
    asOf,
  }));
}

/** Who said what, when, and where sources disagree. */
export const claimResolvers: Resolvers = {
  Claim: {
    status: (parent) =>
      parent['property'] === 'status' ? enumValueOf('EventStatus', parent['value']) : null,
    article: (parent, _args, context) => loadParent(context, requiredStringProperty(parent, 'articleId')),
    words: (parent, _args, context) => context.loaders.claimWords.load(parent.id),
    subject: (parent, _args, context) =>
      loadParent(context, requiredStringProperty(parent, 'subjectId'), asOfOf(parent)),
  },
  Conflict: {
    subject: (parent, _args, context) =>
      loadParent(context, requiredStringProperty(parent, 'subjectId'), asOfOf(parent)),
    values: (parent) => conflictValues(parent),
    claims: async (parent, _args, context) => {
      const asOf = asOfOf(parent);
      return (await context.loaders.conflictClaims(asOf).load(parent.id)).map((claim) =>
        toParent(claim, asOf),
      );
    },
  },
  ConflictValue: {
    // Places, offices and countries are named by their ids; times and years are not ids.
    node: async (parent, _args, context) => {
      if (!/^[a-z_]+:/.test(parent.value)) return null;
      const node = await context.loaders.nodes.load(parent.value);
      return node?.labels.includes('Entity') ? toParent(node, parent.asOf) : null;
    },
  },
};
