import { GraphQLJSON } from 'graphql-scalars';
import { bilateralResolvers } from './bilateral';
import { entityResolvers } from './entities';
import { graphResolvers } from './graphs';
import { queryResolvers } from './query';
import { sourceResolvers } from './sources';

export const resolvers = {
  JSON: GraphQLJSON,
  ...queryResolvers,
  ...entityResolvers,
  ...bilateralResolvers,
  ...sourceResolvers,
  ...graphResolvers,
};
