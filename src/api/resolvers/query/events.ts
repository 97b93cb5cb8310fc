import { countEvents, readEventPage, type EventFilter } from '../../../graph/read/lists';
import { checkDate, pageRequest } from '../../arguments';
import { connection } from '../../connection';
import { readGraph } from '../../context';
import type { QueryResolvers } from '../../generated/resolvers-types';
import { toParent } from '../../parents';

/** Events for timelines and dashboards: filtered, sorted, paged; as of a day when asked. */
export const events: QueryResolvers['events'] = async (_, args, context) => {
  const asOf = checkDate(args.asOf, 'asOf');
  const filter: EventFilter = {
    statuses: args.filter?.status ?? null,
    kinds: args.filter?.kinds ?? null,
    countryId: args.filter?.country ?? null,
    subjectId: args.filter?.sector ?? null,
    from: checkDate(args.filter?.from, 'filter.from'),
    to: checkDate(args.filter?.to, 'filter.to'),
    reviewed: args.filter?.reviewed ?? null,
    asOf,
  };
  const page = await readGraph(context, 'list-events', (tx) =>
    readEventPage(tx, filter, args.orderBy, pageRequest(args.first, args.after)),
  );
  return connection(
    page,
    (node) => toParent(node, asOf),
    () => readGraph(context, 'count-events', (tx) => countEvents(tx, filter)),
  );
};
