import type { Database } from '../db/database';
import type { Logger } from '../logger';

/** What every resolver receives; created once per request. */
export interface GraphQLContext {
  database: Database;
  logger: Logger;
  requestId: string;
}
