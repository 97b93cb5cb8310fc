import { GraphQLError } from 'graphql';

/**
 * Errors meant for API clients carry a code in extensions.code; anything else is masked by the
 * error plugin. These are the codes clients can rely on.
 */
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'SERVICE_UNAVAILABLE' | 'INTERNAL_SERVER_ERROR';

export function badUserInput(message: string, argument?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', ...(argument ? { argument } : {}) },
  });
}

export function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'NOT_FOUND' } });
}

export function serviceUnavailable(): GraphQLError {
  return new GraphQLError('The graph store (Neo4j) is unavailable right now; try again shortly.', {
    extensions: { code: 'SERVICE_UNAVAILABLE' },
  });
}
