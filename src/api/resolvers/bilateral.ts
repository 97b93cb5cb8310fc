import { eventStatus, eventTime, relationSince } from '../as-of';
import type { GraphQLContext } from '../context';
import type { EventStatus } from '../enum-values';
import type { Resolvers } from '../generated/resolvers-types';
import { asOfOf, toParent, type NodeParent } from '../parents';
import { selectedNames } from '../selection';
import { claimsAbout, conflictParent } from './claims';
import { entityFields, loadParents, neighboursOf, nodesResolver } from './entity-fields';

const subjectCounts =
  (label: 'Sector' | 'Initiative' | 'Topic') =>
  async (parent: NodeParent, _args: unknown, context: GraphQLContext) =>
    (await context.loaders.relationSubjects(label, asOfOf(parent)).load(parent.id)).map((entry) => ({
      subject: toParent(entry.node, asOfOf(parent)),
      eventCount: entry.eventCount,
    }));

/**
 * The events of a relation, oldest first and undated last, with the statuses asked for. Read as
 * of a day, each event's status and time are those of the latest claims by then, so the order is
 * worked out again from them.
 */
async function timeline(
  parent: NodeParent,
  statuses: readonly EventStatus[] | null | undefined,
  context: GraphQLContext,
): Promise<NodeParent[]> {
  const asOf = asOfOf(parent);
  const events = (await neighboursOf(context, parent, 'INCLUDES_EVENT', 'out')).map((event) =>
    toParent(event.node, asOf),
  );
  const states = await Promise.all(
    events.map(async (event) => ({
      event,
      status: await eventStatus(event, context),
      start: asOf ? ((await eventTime(event, context))?.start ?? null) : null,
    })),
  );
  const kept = states.filter((state) => !statuses || statuses.includes(state.status));
  // Without a day the loader's order stands: by the events' own times.
  if (asOf) {
    kept.sort(
      (a, b) =>
        (a.start ?? '9999-12-31').localeCompare(b.start ?? '9999-12-31') ||
        a.event.id.localeCompare(b.event.id),
    );
  }
  return kept.map((state) => state.event);
}

/** The bilateral view: one relation with its timeline, subjects, people and agreements. */
export const bilateralResolvers: Resolvers = {
  BilateralRelation: {
    ...entityFields,
    countries: nodesResolver('PARTY_TO', 'in', 'Country'),
    since: async (parent, _args, context, info) => {
      const since = await relationSince(parent, context);
      if (since === null) return null;
      // The event that established the relation is read only when the client asks for it.
      if (!selectedNames(info).has('establishedBy')) return { ...since, establishedBy: null };
      const [established] = await neighboursOf(context, parent, 'ESTABLISHED_BY', 'out');
      return { ...since, establishedBy: established ? toParent(established.node, asOfOf(parent)) : null };
    },
    timeline: (parent, args, context) => timeline(parent, args.status, context),
    sectors: subjectCounts('Sector'),
    initiatives: subjectCounts('Initiative'),
    topics: subjectCounts('Topic'),
    people: async (parent, _args, context) =>
      (await context.loaders.relationPeople(asOfOf(parent)).load(parent.id)).map((entry) => ({
        ...entry,
        person: toParent(entry.person, asOfOf(parent)),
        asOf: asOfOf(parent),
      })),
    agreements: async (parent, _args, context) =>
      (await context.loaders.relationAgreements(asOfOf(parent)).load(parent.id)).map((agreement) =>
        toParent(agreement, asOfOf(parent)),
      ),
    claims: (parent, _args, context) => claimsAbout(parent, context),
    conflicts: async (parent, _args, context) =>
      (await context.loaders.relationConflicts(asOfOf(parent)).load(parent.id)).map((conflict) =>
        conflictParent(conflict, asOfOf(parent)),
      ),
  },
  PersonInvolvement: {
    events: (parent, _args, context) => loadParents(context, parent.eventIds, parent.asOf),
  },
};
