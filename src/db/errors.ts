import { Neo4jError, isRetryableError } from 'neo4j-driver';

/**
 * Driver errors become these typed errors in one place (toDatabaseError), so callers branch on
 * classes instead of Neo4j status codes.
 */
export class DatabaseError extends Error {
  constructor(
    message: string,
    /** The Neo4j status code, when the server sent one. */
    readonly neo4jCode: string | undefined,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Neo4j cannot be reached, or the connection dropped: worth retrying later. */
export class DatabaseUnavailableError extends DatabaseError {}

/**
 * The transaction ran past its timeout: Neo4j terminated it, or Neo4j stopped answering and the
 * client gave up waiting at the same deadline.
 */
export class DatabaseTimeoutError extends DatabaseError {}

/** A uniqueness or existence constraint refused the write. */
export class ConstraintViolationError extends DatabaseError {}

/** A write was attempted inside a read transaction. */
export class ReadOnlyViolationError extends DatabaseError {}

/** The user name or password was refused. */
export class AuthenticationError extends DatabaseError {}

/** The Cypher text does not parse, or refers to something that does not exist. */
export class QueryError extends DatabaseError {}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

export function toDatabaseError(error: unknown): Error {
  if (error instanceof DatabaseError) return error;
  if (!(error instanceof Neo4jError)) return error instanceof Error ? error : new Error(String(error));

  const code = error.code;
  const message = error.message;
  const options = { cause: error };
  if (UNAVAILABLE_CODES.has(code) || code.startsWith('Neo.TransientError.General.DatabaseUnavailable')) {
    return new DatabaseUnavailableError(`Neo4j is unavailable: ${message}`, code, options);
  }
  // TransactionTimedOut (the server's limit) and TransactionTimedOutClientConfiguration (ours).
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
    return new DatabaseTimeoutError(`Neo4j ended the transaction at its timeout: ${message}`, code, options);
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new ConstraintViolationError(message, code, options);
  }
  if (code === 'Neo.ClientError.Statement.AccessMode') {
    return new ReadOnlyViolationError(message, code, options);
  }
  if (code.startsWith('Neo.ClientError.Security.')) {
    return new AuthenticationError(`Neo4j refused the credentials: ${message}`, code, options);
  }
  if (code.startsWith('Neo.ClientError.Statement.') || code.startsWith('Neo.ClientError.Procedure.')) {
    return new QueryError(message, code, options);
  }
  if (isRetryableError(error)) {
    return new DatabaseUnavailableError(`Neo4j is unavailable: ${message}`, code, options);
  }
  return new DatabaseError(message, code, options);
}
