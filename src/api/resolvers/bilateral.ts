import type { GraphQLContext } from '../context';
import { toParent, type NodeParent } from '../parents';
import { entityFields, loadParents, nodesResolver } from './entity-fields';

type SubjectLabel = 'Sector' | 'Initiative' | 'Topic';

const subjectCounts =
  (label: SubjectLabel) => async (parent: NodeParent, _args: unknown, context: GraphQLContext) =>
    (await context.loaders.relationSubjects(label).load(parent.id)).map((entry) => ({
      subject: toParent(entry.node),
      eventCount: entry.eventCount,
    }));

/** The bilateral view: one relation with its timeline, subjects, people and agreements. */
export const bilateralResolvers = {
  BilateralRelation: {
    ...entityFields,
    countries: nodesResolver('PARTY_TO', 'in', 'Country'),
    since: async (parent: NodeParent, _args: unknown, context: GraphQLContext) => {
      if (typeof parent['since'] !== 'string') return null;
      const [established] = await context.loaders.neighbours('ESTABLISHED_BY', 'out').load(parent.id);
      return {
        value: parent['since'],
        precision: parent['sincePrecision'],
        text: parent['sinceText'],
        establishedBy: established ? toParent(established.node) : null,
      };
    },
    // The loader returns events oldest first, undated last.
    timeline: async (parent: NodeParent, args: { status?: string[] | null }, context: GraphQLContext) => {
      const events = await context.loaders.neighbours('INCLUDES_EVENT', 'out').load(parent.id);
      return events
        .map((event) => toParent(event.node))
        .filter((event) => !args.status || args.status.includes(String(event['status'])));
    },
    sectors: subjectCounts('Sector'),
    initiatives: subjectCounts('Initiative'),
    topics: subjectCounts('Topic'),
    people: async (parent: NodeParent, _args: unknown, context: GraphQLContext) => {
      const people = await context.loaders.relationPeople.load(parent.id);
      return people.map((entry) => ({
        person: toParent(entry.person),
        roles: entry.roles,
        eventIds: entry.eventIds,
      }));
    },
    agreements: async (parent: NodeParent, _args: unknown, context: GraphQLContext) =>
      (await context.loaders.relationAgreements.load(parent.id)).map(toParent),
  },
  PersonInvolvement: {
    events: (parent: { eventIds: string[] }, _args: unknown, context: GraphQLContext) =>
      loadParents(context, parent.eventIds),
  },
};
