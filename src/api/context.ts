import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../db/database';
import type { Logger } from '../logger';
import { createLoaders, type Loaders } from './loaders';

/** What every resolver receives; created once per request. */
export interface GraphQLContext {
  database: Database;
  logger: Logger;
  requestId: string;
  loaders: Loaders;
}

export function createContext(database: Database, logger: Logger, requestId: string): GraphQLContext {
  return {
    database,
    requestId,
    logger: logger.child({ requestId }),
    loaders: createLoaders(database, requestId),
  };
}

/** A named read transaction for a request, carrying its id in Neo4j's transaction metadata. */
export function readGraph<T>(
  context: GraphQLContext,
  name: string,
  work: (tx: ManagedTransaction) => Promise<T>,
): Promise<T> {
  return context.database.read({ name, metadata: { requestId: context.requestId } }, work);
}
