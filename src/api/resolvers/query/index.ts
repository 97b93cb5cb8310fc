import type { QueryResolvers } from '../../generated/resolvers-types';
import { articles } from './articles';
import { bilateralRelation } from './bilateral-relation';
import { conflicts } from './conflicts';
import { entities } from './entities';
import { events } from './events';
import { nodeFields } from './node';
import { relations } from './relations';
import { search } from './search';
import { status } from './status';
import { statistics } from './statistics';
import { subgraphFields } from './subgraphs';

/** The root fields, one file per field or per pair of fields that share a concern. */
export const queryResolvers: QueryResolvers = {
  ...nodeFields,
  events,
  entities,
  relations,
  search,
  bilateralRelation,
  conflicts,
  ...subgraphFields,
  statistics,
  articles,
  status,
};
