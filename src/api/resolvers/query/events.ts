import { countEvents, readEventPage, type EventFilter } from '../../../graph/read/lists';
import { checkDate, pageRequest } from '../../arguments';
import { connection } from '../../connection';
import { readGraph } from '../../context';
import type { QueryResolvers } from '../../generated/resolvers-types';
import { toParent } from '../../parents';

/** Events for timelines and dashboards: filtered, sorted, paged. */
export const events: QueryResolvers['events'] = async (_, args, context) => {
  const filter: EventFilter = {
    statuses: args.filter?.status ?? null,
    kinds: args.filter?.kinds ?? null,
    countryId: args.filter?.country ?? null,
    subjectId: args.filter?.sector ?? null,
    from: checkDate(args.filter?.from, 'filter.from'),
    to: checkDate(args.filter?.to, 'filter.to'),
    reviewed: args.filter?.reviewed ?? null,
  };
  const page = await readGraph(context, 'list-events', (tx) =>
    readEventPage(tx, filter, args.orderBy, pageRequest(args.first, args.after)),
  );
  return connection(page, toParent, () =>
    readGraph(context, 'count-events', (tx) => countEvents(tx, filter)),
  );
};
