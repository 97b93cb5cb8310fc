import {
  countEventsByKind,
  countEventsByYear,
  countNodesByLabel,
  countRelationshipsByType,
  countSectorsByEvents,
} from '../../../graph/read/statistics';
import { readGraph } from '../../context';
import type { QueryResolvers, StatisticsResolvers } from '../../generated/resolvers-types';
import { toParent } from '../../parents';

/** Counts for dashboards: each runs only when selected. */
export const statistics: QueryResolvers['statistics'] = () => ({});

export const statisticsFields: StatisticsResolvers = {
  nodesByLabel: (_, _args, context) => readGraph(context, 'count-labels', countNodesByLabel),
  relationshipsByType: (_, _args, context) => readGraph(context, 'count-types', countRelationshipsByType),
  eventsByYear: (_, _args, context) => readGraph(context, 'count-years', countEventsByYear),
  eventsByKind: (_, _args, context) => readGraph(context, 'count-kinds', countEventsByKind),
  sectorsByEvents: async (_, _args, context) =>
    (await readGraph(context, 'count-sectors', countSectorsByEvents)).map((entry) => ({
      subject: toParent(entry.node),
      eventCount: entry.eventCount,
    })),
};
