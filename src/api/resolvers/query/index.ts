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

/**
 * Root fields whose resolver reads what their usual selections need in one statement, looking
 * ahead at the selection: an operation asking only one of them goes to Neo4j as one auto-commit
 * statement (src/api/plugins/request-transaction.ts), and runs again in a transaction in the rare
 * case it reads more.
 */
export const ONE_STATEMENT_ROOT_FIELDS: ReadonlySet<keyof QueryResolvers> = new Set([
  'bilateralRelation',
  'neighborhood',
  'search',
]);
