import { countEntities, readEntityPage, type EntityFilter } from '../../../graph/read/lists';
import { pageRequest } from '../../arguments';
import { connection } from '../../connection';
import { readGraph } from '../../context';
import type { QueryResolvers } from '../../generated/resolvers-types';
import { toParent } from '../../parents';

/** Every entity, sorted by name, paged; `types` arrive as labels (see enum-values.ts). */
export const entities: QueryResolvers['entities'] = async (_, args, context) => {
  const filter: EntityFilter = {
    labels: args.filter?.types ?? null,
    countryId: args.filter?.country ?? null,
    reviewed: args.filter?.reviewed ?? null,
  };
  const page = await readGraph(context, 'list-entities', (tx) =>
    readEntityPage(tx, filter, pageRequest(args.first, args.after)),
  );
  return connection(page, toParent, () =>
    readGraph(context, 'count-entities', (tx) => countEntities(tx, filter)),
  );
};
