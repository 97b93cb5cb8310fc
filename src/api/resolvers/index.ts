import { GraphQLJSON } from 'graphql-scalars';
import { connectionFields } from '../connection';
import type { Resolvers } from '../generated/resolvers-types';
import { bilateralResolvers } from './bilateral';
import { claimResolvers } from './claims';
import { entityResolvers } from './entities';
import { enumResolvers } from './enums';
import { graphResolvers } from './graphs';
import { nodeTypeResolvers } from './node-types';
import { queryResolvers } from './query/index';
import { statisticsFields } from './query/statistics';
import { sourceResolvers } from './sources';

/** Every resolver, typed by the types generated from schema.graphql (`npm run codegen`). */
export const resolvers: Resolvers = {
  JSON: GraphQLJSON,
  Query: queryResolvers,
  Statistics: statisticsFields,
  EventConnection: connectionFields,
  EntityConnection: connectionFields,
  RelationConnection: connectionFields,
  ConflictConnection: connectionFields,
  ...nodeTypeResolvers,
  ...enumResolvers,
  ...entityResolvers,
  ...bilateralResolvers,
  ...claimResolvers,
  ...sourceResolvers,
  ...graphResolvers,
};
