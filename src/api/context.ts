import type { Config } from '../config';
import type { Database } from '../db/database';
import type { Logger } from '../logger';
import { createLoaders, type Loaders } from './loaders';

/** What every resolver receives; created once per request. */
export interface GraphQLContext {
  database: Database;
  logger: Logger;
  requestId: string;
  loaders: Loaders;
  limits: Config['graphql'];
}

export function createContext(
  database: Database,
  logger: Logger,
  limits: Config['graphql'],
  requestId: string,
): GraphQLContext {
  return {
    database,
    requestId,
    limits,
    logger: logger.child({ requestId }),
    loaders: createLoaders(database, requestId),
  };
}
