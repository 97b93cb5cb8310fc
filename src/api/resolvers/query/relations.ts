import { countRelations, readRelationPage, type RelationFilter } from '../../../graph/read/lists';
import { checkDate, checkFactTypes, pageRequest } from '../../arguments';
import { connection } from '../../connection';
import { readGraph } from '../../context';
import { badUserInput } from '../../errors';
import type { QueryResolvers } from '../../generated/resolvers-types';

/** Fact relationships as data, paged; by type or best corroborated first; as of a day when asked. */
export const relations: QueryResolvers['relations'] = async (_, args, context) => {
  const minCorroboration = args.filter?.minCorroboration ?? null;
  if (minCorroboration !== null && minCorroboration < 0) {
    throw badUserInput(
      `filter.minCorroboration must be 0 or more, not ${minCorroboration}`,
      'filter.minCorroboration',
    );
  }
  const asOf = checkDate(args.asOf, 'asOf');
  const filter: RelationFilter = {
    types: checkFactTypes(args.filter?.types, 'filter.types'),
    nodeId: args.filter?.node ?? null,
    basis: args.filter?.basis ?? null,
    minCorroboration,
    asOf,
  };
  const page = await readGraph(context, 'list-relations', (tx) =>
    readRelationPage(tx, filter, pageRequest(args.first, args.after), args.orderBy),
  );
  return connection(
    page,
    (relation) => ({ ...relation, asOf }),
    () => readGraph(context, 'count-relations', (tx) => countRelations(tx, filter)),
  );
};
