import { GraphQLError, type GraphQLErrorExtensions } from 'graphql';
import type { MaskError } from 'graphql-yoga';
import { DatabaseUnavailableError } from '../db/errors';
import type { Logger } from '../logger';
import { isClientErrorCode, REQUEST_ERROR, serviceUnavailable, type ErrorCode } from './errors';
import { currentRequest } from './request-scope';

/**
 * Yoga's maskedErrors.maskError: gives every error a code from errors.ts. Errors meant for
 * clients keep their message and code (ours and Yoga's; outside development without the internal
 * detail Yoga attaches to some of its own); Neo4j being down becomes SERVICE_UNAVAILABLE; errors
 * graphql-js raises itself before execution (a variable of the wrong type) become BAD_USER_INPUT
 * request errors; anything else is logged with the request id and, outside development, masked as
 * `message` ("Unexpected error.").
 *
 * Errors from the compiled execution (graphql-jit) are GraphQLErrors without `extensions` when
 * nothing set them, and with `locations` but no AST nodes: both are read through `codeOf` and
 * `rebuilt` below.
 */
export function createMaskError(logger: Logger): MaskError {
  return (error, message, isDev) => {
    const request = currentRequest();
    const log = request?.logger ?? logger;
    const graphQLError = error instanceof GraphQLError ? error : undefined;
    const original = graphQLError ? graphQLError.originalError : error;

    if (original instanceof DatabaseUnavailableError || hasCause(original, DatabaseUnavailableError)) {
      log.warn(
        { reason: original instanceof Error ? original.message : undefined },
        'Neo4j unavailable during a request',
      );
      const unavailable = serviceUnavailable();
      return rebuilt(unavailable.message, graphQLError, unavailable.extensions);
    }
    if (graphQLError && isClientErrorCode(codeOf(graphQLError))) {
      return isDev ? graphQLError : withoutInternals(graphQLError);
    }
    if (graphQLError && isRequestErrorFromGraphQL(graphQLError)) {
      return rebuilt(graphQLError.message, graphQLError, {
        ...graphQLError.extensions,
        ...REQUEST_ERROR,
        code: 'BAD_USER_INPUT' satisfies ErrorCode,
      });
    }
    const requestId = request?.requestId;
    log.error({ err: original, path: graphQLError?.path }, 'Unexpected error in a GraphQL request');
    const shown = isDev && error instanceof Error ? error.message : message;
    return rebuilt(shown, graphQLError, {
      code: 'INTERNAL_SERVER_ERROR' satisfies ErrorCode,
      ...(requestId ? { requestId } : {}),
    });
  };
}

/** `extensions` is typed as always there, but the compiled execution leaves it out when empty. */
function codeOf(error: GraphQLError): unknown {
  return (error.extensions as GraphQLError['extensions'] | undefined)?.['code'];
}

/**
 * A new error in place of `from`, at the same path and the same places in the document: from
 * its AST nodes when it has them (graphql-js), else from its `locations` (graphql-jit).
 */
function rebuilt(
  message: string,
  from: GraphQLError | undefined,
  extensions: GraphQLErrorExtensions,
): GraphQLError {
  const error = new GraphQLError(message, { nodes: from?.nodes, path: from?.path, extensions });
  if (error.locations === undefined && from?.locations !== undefined) {
    // GraphQLError sets `locations` in its constructor from nodes or positions only.
    Object.defineProperty(error, 'locations', { value: from.locations, enumerable: true });
  }
  return error;
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
 * Raised by graphql-js itself before execution, such as a variable of the wrong type: nothing
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
