import { countConflicts, readConflictPage, type ConflictFilter } from '../../../graph/read/conflicts';
import { pageRequest } from '../../arguments';
import { connection } from '../../connection';
import { readGraph } from '../../context';
import type { QueryResolvers } from '../../generated/resolvers-types';
import { conflictParent } from '../claims';

/** Every conflict between sources, by id, paged: the analysts' list of what to check. */
export const conflicts: QueryResolvers['conflicts'] = async (_, args, context) => {
  const filter: ConflictFilter = {
    properties: args.filter?.properties ?? null,
    kind: args.filter?.kind ?? null,
  };
  const page = await readGraph(context, 'list-conflicts', (tx) =>
    readConflictPage(tx, filter, pageRequest(args.first, args.after)),
  );
  return connection(
    page,
    (conflict) => conflictParent(conflict, null),
    () => readGraph(context, 'count-conflicts', (tx) => countConflicts(tx, filter)),
  );
};
