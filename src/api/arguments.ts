import { FACT_TYPES, isFactType, type FactType } from '../graph/model';
import { decodeCursor } from '../graph/read/keyset';
import type { PageRequest } from '../graph/read/lists';
import type { NodeData } from '../graph/read/records';
import type { GraphQLContext } from './context';
import { badUserInput, notFound } from './errors';

/**
 * Checks of arguments the schema cannot express, each failing with BAD_USER_INPUT (or NOT_FOUND
 * for an unknown id) and a message naming the argument.
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function pageRequest(first: number, after: string | null | undefined): PageRequest {
  if (after === null || after === undefined) return { first, after: null };
  const keyset = decodeCursor(after);
  if (!keyset) throw badUserInput('`after` is not a cursor returned by this API', 'after');
  return { first, after: keyset };
}

/** A calendar day written YYYY-MM-DD; 2025-02-30 is refused, not rolled over into March. */
export function checkDate(value: string | null | undefined, argument: string): string | null {
  if (value === null || value === undefined) return null;
  const time = ISO_DATE.test(value) ? Date.parse(`${value}T00:00:00Z`) : Number.NaN;
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== value) {
    throw badUserInput(`${argument} must be a date written YYYY-MM-DD, not "${value}"`, argument);
  }
  return value;
}

/** Relationship types given as strings: only fact types are known; null when none are given. */
export function checkFactTypes(
  types: readonly string[] | null | undefined,
  argument: string,
): FactType[] | null {
  if (!types || types.length === 0) return null;
  const unknown = types.filter((type) => !isFactType(type));
  if (unknown.length > 0) {
    throw badUserInput(
      `${argument}: unknown relationship type(s) ${unknown.join(', ')}; known: ${FACT_TYPES.join(', ')}`,
      argument,
    );
  }
  return types.filter(isFactType);
}

export async function requireEntity(
  context: GraphQLContext,
  id: string,
  argument: string,
): Promise<NodeData> {
  const node = await context.loaders.nodes.load(id);
  if (!node || !node.labels.includes('Entity')) throw notFound(`${argument}: no entity has the id "${id}"`);
  return node;
}
