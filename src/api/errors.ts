import { GraphQLError } from 'graphql';

/**
 * The codes of `extensions.code` that clients can rely on: the one list of them. Every error a
 * response carries has one of these; anything else is masked as INTERNAL_SERVER_ERROR.
 */
export const ERROR_CODES = {
  /** An argument or variable is malformed, of the wrong type, or over a page-size, depth or hops limit. */
  BAD_USER_INPUT: { client: true },
  /** A single lookup (node, bilateralRelation, neighborhood, shortestPath) names an unknown id. */
  NOT_FOUND: { client: true },
  /** The operation is over the depth, alias or cost limit; refused before execution. */
  QUERY_TOO_COMPLEX: { client: true },
  /** Set by Yoga: the operation does not fit the schema (graphql-js validation). */
  GRAPHQL_VALIDATION_FAILED: { client: true },
  /** Set by Yoga: the operation is not GraphQL syntax. */
  GRAPHQL_PARSE_FAILED: { client: true },
  /** Set by Yoga: the HTTP request is malformed (no query, unreadable JSON, a mutation by GET…). */
  BAD_REQUEST: { client: true },
  /** Set by Yoga: `operationName` names no operation of the document. */
  OPERATION_RESOLUTION_FAILURE: { client: true },
  /** Set by Yoga: the request body is over its size limit. */
  REQUEST_ENTITY_TOO_LARGE: { client: true },
  /** Neo4j cannot be reached right now; the service recovers by itself when it returns. */
  SERVICE_UNAVAILABLE: { client: true },
  /** The operation's reads ran past GRAPHQL_READ_TIMEOUT_MS (Neo4j slow or not answering); fields read in time are kept. */
  DATABASE_TIMEOUT: { client: true },
  /** Loads committed while the operation read, on every run of it: no consistent answer yet; ask again. */
  GRAPH_CHANGING: { client: true },
  /** Anything else: logged with the request id, and masked outside development. */
  INTERNAL_SERVER_ERROR: { client: false },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** True for the codes of errors that reach clients as they were raised. */
export function isClientErrorCode(code: unknown): code is ErrorCode {
  return (
    typeof code === 'string' && Object.hasOwn(ERROR_CODES, code) && ERROR_CODES[code as ErrorCode].client
  );
}

/**
 * Refused before execution: HTTP 400 for clients that accept application/graphql-response+json,
 * as the GraphQL-over-HTTP spec asks for request errors; `spec: true` keeps 200 for
 * application/json clients, as that spec also asks.
 */
export const REQUEST_ERROR = { http: { status: 400, spec: true } };

export function badUserInput(message: string, argument?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT' satisfies ErrorCode, ...(argument ? { argument } : {}) },
  });
}

/** An argument over a limit, found before execution. */
export function argumentOverLimit(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT' satisfies ErrorCode, limit: true, ...REQUEST_ERROR },
  });
}

export function queryTooComplex(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'QUERY_TOO_COMPLEX' satisfies ErrorCode, ...REQUEST_ERROR },
  });
}

export function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'NOT_FOUND' satisfies ErrorCode } });
}

export function serviceUnavailable(): GraphQLError {
  return new GraphQLError('The graph store (Neo4j) is unavailable right now; try again shortly.', {
    extensions: { code: 'SERVICE_UNAVAILABLE' satisfies ErrorCode },
  });
}

export function databaseTimeout(timeoutMs: number): GraphQLError {
  return new GraphQLError(
    `The graph store (Neo4j) did not answer within the read timeout of ${timeoutMs} ms; try again shortly.`,
    { extensions: { code: 'DATABASE_TIMEOUT' satisfies ErrorCode, timeoutMs } },
  );
}

export function graphChanging(runs: number): GraphQLError {
  return new GraphQLError(
    `The graph changed while this operation read it, on each of its ${runs} runs (loads were committing); ask again shortly.`,
    { extensions: { code: 'GRAPH_CHANGING' satisfies ErrorCode, runs } },
  );
}
