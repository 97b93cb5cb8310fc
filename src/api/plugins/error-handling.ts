import type { Plugin } from '@envelop/core';
import { GraphQLError } from 'graphql';
import { DatabaseUnavailableError } from '../../db/errors';
import type { GraphQLContext } from '../context';
import { serviceUnavailable } from '../errors';

const CLIENT_CODES = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'SERVICE_UNAVAILABLE']);

/**
 * Gives every execution error a code: client mistakes keep their message; Neo4j being down
 * becomes SERVICE_UNAVAILABLE; anything else is logged with the request id and, outside
 * development, masked as "Unexpected error.".
 */
export function useErrorHandling(showDetails: boolean): Plugin<GraphQLContext> {
  return {
    onExecute({ args }) {
      const context = args.contextValue as GraphQLContext;
      return {
        onExecuteDone({ result, setResult }) {
          if (!('errors' in result) || !result.errors?.length) return;
          setResult({
            ...result,
            errors: result.errors.map((error) => classify(error, context, showDetails)),
          });
        },
      };
    },
  };
}

function classify(error: GraphQLError, context: GraphQLContext, showDetails: boolean): GraphQLError {
  const original = error.originalError;
  const located = { nodes: error.nodes, path: error.path };
  if (original instanceof DatabaseUnavailableError || hasCause(original, DatabaseUnavailableError)) {
    context.logger.warn({ reason: original?.message }, 'Neo4j unavailable during a request');
    const unavailable = serviceUnavailable();
    return new GraphQLError(unavailable.message, { ...located, extensions: unavailable.extensions });
  }
  const code = error.extensions?.['code'];
  if (typeof code === 'string' && CLIENT_CODES.has(code)) return error;
  // Errors graphql-js raises itself (a variable of the wrong type) have no original error.
  if (original === undefined)
    return new GraphQLError(error.message, {
      ...located,
      extensions: { ...error.extensions, code: 'BAD_USER_INPUT' },
    });
  context.logger.error({ err: original, path: error.path }, 'Unexpected error in a GraphQL request');
  return new GraphQLError(showDetails ? error.message : 'Unexpected error.', {
    ...located,
    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: context.requestId },
  });
}

function hasCause(error: unknown, type: new (...args: never[]) => Error): boolean {
  for (
    let cause = (error as { cause?: unknown } | undefined)?.cause;
    cause;
    cause = (cause as { cause?: unknown }).cause
  ) {
    if (cause instanceof type) return true;
  }
  return false;
}
