import type { QueryResolvers } from '../../generated/resolvers-types';

/** Whether Neo4j answers right now: an answer either way, never an error. */
export const status: QueryResolvers['status'] = async (_, _args, context) => {
  try {
    await context.database.ping();
    return { neo4jReachable: true, database: context.database.name };
  } catch {
    return { neo4jReachable: false, database: context.database.name };
  }
};
