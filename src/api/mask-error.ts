import { GraphQLError } from 'graphql';
import type { MaskError } from 'graphql-yoga';
import { DatabaseUnavailableError } from '../db/errors';
import type { Logger } from '../logger';
import { isClientErrorCode, REQUEST_ERROR, serviceUnavailable, type ErrorCode } from './errors';
import { currentRequest } from './request-scope';

/**
 * Yoga's maskedErrors.maskError: gives every error a code from errors.ts. Errors meant for
 * clients keep their message and code (ours and Yoga's; outside development without the internal
 * detail Yoga attaches to some of its own); Neo4j being down becomes SERVICE_UNAVAILABLE; errors
 * the executor raises before any field resolves (a variable of the wrong type) become BAD_USER_INPUT
 * request errors; anything else is logged with the request id and, outside development, masked as
 * `message` ("Unexpected error.").
 */
export function createMaskError(logger: Logger): MaskError {
  return (error, message, isDev) => {
    const request = currentRequest();
    const log = request?.logger ?? logger;
    const graphQLError = error instanceof GraphQLError ? error : undefined;
    const original = graphQLError ? graphQLError.originalError : error;
    // Where in the document: AST nodes from graphql-js, source positions from the compiled execution.
    const located = {
      nodes: graphQLError?.nodes,
      source: graphQLError?.source,
      positions: graphQLError?.positions,
      path: graphQLError?.path,
    };

    if (original instanceof DatabaseUnavailableError || hasCause(original, DatabaseUnavailableError)) {
      log.warn(
        { reason: original instanceof Error ? original.message : undefined },
        'Neo4j unavailable during a request',
      );
      const unavailable = serviceUnavailable();
      return new GraphQLError(unavailable.message, { ...located, extensions: unavailable.extensions });
    }
    if (graphQLError && isClientErrorCode(graphQLError.extensions['code'])) {
      return isDev ? graphQLError : withoutInternals(graphQLError);
    }
    if (graphQLError && isRequestErrorFromGraphQL(graphQLError)) {
      return new GraphQLError(graphQLError.message, {
        ...located,
        extensions: {
          ...graphQLError.extensions,
          ...REQUEST_ERROR,
          code: 'BAD_USER_INPUT' satisfies ErrorCode,
        },
      });
    }
    const requestId = request?.requestId;
    log.error({ err: original, path: graphQLError?.path }, 'Unexpected error in a GraphQL request');
    const shown = isDev && error instanceof Error ? error.message : message;
    return new GraphQLError(shown, {
      ...located,
      extensions: { code: 'INTERNAL_SERVER_ERROR' satisfies ErrorCode, ...(requestId ? { requestId } : {}) },
    });
  };
}

/**
 * A client error as it leaves in production: Yoga adds `extensions.originalError` (the name and
 * message of what failed inside it, such as the JSON parser's SyntaxError) to some of its own
 * errors; that detail is for development only.
 */
function withoutInternals(error: GraphQLError): GraphQLError {
  if (!('originalError' in error.extensions)) return error;
  const { originalError: _internal, ...extensions } = error.extensions;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    extensions,
  });
}

/**
 * Raised by the executor itself before any field resolves, such as a variable of the wrong type: nothing
 * but GraphQLErrors down the chain, and no path, since no field was being resolved.
 */
function isRequestErrorFromGraphQL(error: GraphQLError): boolean {
  if (error.path !== undefined) return false;
  for (
    let link: unknown = error;
    link !== undefined && link !== null;
    link = (link as GraphQLError).originalError
  ) {
    if (!(link instanceof GraphQLError)) return false;
  }
  return true;
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
