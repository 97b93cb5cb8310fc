import type { GraphQLContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import { requiredStringProperty, stringProperty, toParent, type NodeParent } from '../parents';
import { entityFields, loadParents, nodesResolver } from './entity-fields';

const subjectCounts =
  (label: 'Sector' | 'Initiative' | 'Topic') =>
  async (parent: NodeParent, _args: unknown, context: GraphQLContext) =>
    (await context.loaders.relationSubjects(label).load(parent.id)).map((entry) => ({
      subject: toParent(entry.node),
      eventCount: entry.eventCount,
    }));

/** The bilateral view: one relation with its timeline, subjects, people and agreements. */
export const bilateralResolvers: Resolvers = {
  BilateralRelation: {
    ...entityFields,
    countries: nodesResolver('PARTY_TO', 'in', 'Country'),
    since: async (parent, _args, context) => {
      const since = stringProperty(parent, 'since');
      if (since === null) return null;
      const [established] = await context.loaders.neighbours('ESTABLISHED_BY', 'out').load(parent.id);
      return {
        value: since,
        precision: requiredStringProperty(parent, 'sincePrecision'),
        text: requiredStringProperty(parent, 'sinceText'),
        establishedBy: established ? toParent(established.node) : null,
      };
    },
    // The loader returns events oldest first, undated last; `status` arrives as stored values.
    timeline: async (parent, args, context) => {
      const events = await context.loaders.neighbours('INCLUDES_EVENT', 'out').load(parent.id);
      const statuses: readonly string[] | null | undefined = args.status;
      return events
        .map((event) => toParent(event.node))
        .filter((event) => !statuses || statuses.includes(stringProperty(event, 'status') ?? ''));
    },
    sectors: subjectCounts('Sector'),
    initiatives: subjectCounts('Initiative'),
    topics: subjectCounts('Topic'),
    people: async (parent, _args, context) =>
      (await context.loaders.relationPeople.load(parent.id)).map((entry) => ({
        ...entry,
        person: toParent(entry.person),
      })),
    agreements: async (parent, _args, context) =>
      (await context.loaders.relationAgreements.load(parent.id)).map(toParent),
  },
  PersonInvolvement: {
    events: (parent, _args, context) => loadParents(context, parent.eventIds),
  },
};
