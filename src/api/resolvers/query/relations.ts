import { countRelations, readRelationPage, type RelationFilter } from '../../../graph/read/lists';
import { checkFactTypes, pageRequest } from '../../arguments';
import { connection } from '../../connection';
import { readGraph } from '../../context';
import type { QueryResolvers } from '../../generated/resolvers-types';

/** Fact relationships as data, paged. */
export const relations: QueryResolvers['relations'] = async (_, args, context) => {
  const filter: RelationFilter = {
    types: checkFactTypes(args.filter?.types, 'filter.types'),
    nodeId: args.filter?.node ?? null,
    basis: args.filter?.basis ?? null,
  };
  const page = await readGraph(context, 'list-relations', (tx) =>
    readRelationPage(tx, filter, pageRequest(args.first, args.after)),
  );
  return connection(
    page,
    (relation) => relation,
    () => readGraph(context, 'count-relations', (tx) => countRelations(tx, filter)),
  );
};
