import type { GraphQLContext } from './context';

export const resolvers = {
  Query: {
    status: async (_parent: unknown, _args: unknown, context: GraphQLContext) => {
      try {
        await context.database.ping();
        return { neo4jReachable: true, database: context.database.name };
      } catch {
        return { neo4jReachable: false, database: context.database.name };
      }
    },
  },
};
