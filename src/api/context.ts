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
