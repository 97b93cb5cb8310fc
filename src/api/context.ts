import type { Database, ReadScope, TransactionWork } from '../db/database';
import { DatabaseTimeoutError } from '../db/errors';
import { readGraphVersion } from '../graph/read/graph-version';
import type { Logger } from '../logger';
import { databaseTimeout } from './errors';
import { createLoaders, type Loaders } from './loaders';

/** What every resolver receives; created once per request. */
export interface GraphQLContext {
  database: Database;
  logger: Logger;
  requestId: string;
  /** The DataLoaders of the current run of the operation, reading through `reads`. */
  loaders: Loaders;
  /**
   * The operation's one read transaction: every resolver and DataLoader reads through it. It
   * begins at the first read, with a read of the graph's version; the request-transaction plugin
   * reads the version again when the execution ends, closes it, and runs the operation again in
   * a new one (`renewReads`) if a load committed meanwhile.
   */
  reads: ReadScope;
  readTimeoutMs: number;
}

export interface ContextOptions {
  database: Database;
  logger: Logger;
  requestId: string;
  /** GRAPHQL_READ_TIMEOUT_MS: how long the operation's read transaction may take. */
  readTimeoutMs: number;
}

export function createContext({
  database,
  logger,
  requestId,
  readTimeoutMs,
}: ContextOptions): GraphQLContext {
  const context: GraphQLContext = {
    database,
    requestId,
    logger: logger.child({ requestId }),
    reads: openReads(database, requestId, readTimeoutMs, 'transaction'),
    readTimeoutMs,
    loaders: createLoaders((name, work) => readGraph(context, name, work)),
  };
  return context;
}

/**
 * Gives the context a new read transaction and new DataLoaders, whose caches hold nothing of an
 * earlier run; the earlier transaction must be closed already.
 */
export function renewReads(context: GraphQLContext, plan: ReadPlan = 'transaction'): void {
  context.reads = openReads(context.database, context.requestId, context.readTimeoutMs, plan);
  context.loaders = createLoaders((name, work) => readGraph(context, name, work));
}

/**
 * How an operation's reads go out: in one transaction between two reads of the graph's version,
 * or, for an operation expected to read once, as one auto-commit statement (no version needed:
 * one statement reads one state). See ReadScopeOptions.
 */
export type ReadPlan = 'transaction' | 'one statement';

function openReads(database: Database, requestId: string, timeoutMs: number, plan: ReadPlan): ReadScope {
  return database.readScope({
    name: 'graphql',
    metadata: { requestId },
    timeoutMs,
    version: readGraphVersion,
    singleStatement: plan === 'one statement',
  });
}

/**
 * A named read in the request's transaction. The name tells the reads apart (logs, tests that
 * count them); a read past the timeout fails as DATABASE_TIMEOUT.
 */
export async function readGraph<T>(
  context: GraphQLContext,
  name: string,
  work: TransactionWork<T>,
): Promise<T> {
  try {
    return await context.database.read({ name, scope: context.reads }, work);
  } catch (error) {
    if (error instanceof DatabaseTimeoutError) throw databaseTimeout(context.readTimeoutMs);
    throw error;
  }
}
