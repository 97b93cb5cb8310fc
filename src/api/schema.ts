import fs from 'node:fs';
import path from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { PROJECT_ROOT } from '../project-root';
import { resolvers } from './resolvers/index';

export const SCHEMA_PATH = path.join(PROJECT_ROOT, 'schema.graphql');

/**
 * The hand-written schema.graphql is the contract. makeExecutableSchema refuses resolvers for
 * types or fields the schema lacks, so a drift between the two stops start-up.
 */
export function buildSchema(): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: fs.readFileSync(SCHEMA_PATH, 'utf8'),
    resolvers,
    resolverValidationOptions: {
      requireResolversToMatchSchema: 'error',
      requireResolversForResolveType: 'error',
    },
  });
}
