import { ConfigError } from '../config';
import { DatabaseError } from '../db/errors';
import { InvalidExtractionError, LoadRefusedError } from '../ingest/problems';
import { LocalNeo4jError } from '../local-neo4j/errors';

/** A command used the wrong way: its message says how to use it, no stack trace is needed. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * Ends a command line program on an error: known errors print their message alone (it was
 * written for the reader); anything else prints its stack.
 */
export function exitOnError(error: unknown): never {
  if (
    error instanceof ConfigError ||
    error instanceof LocalNeo4jError ||
    error instanceof DatabaseError ||
    error instanceof InvalidExtractionError ||
    error instanceof LoadRefusedError ||
    error instanceof UsageError
  ) {
    console.error(`\n${error.message}\n`);
    process.exit(error instanceof ConfigError ? 2 : 1);
  }
  console.error(error);
  process.exit(1);
}
