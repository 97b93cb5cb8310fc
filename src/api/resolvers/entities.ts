import type { GraphQLContext } from '../context';
import { evidenceOf, graphQLTypeOf, toParent, type NodeParent } from '../parents';
import { discussions, entityFields, linksResolver, nodesResolver, participations } from './entity-fields';

const resolveType = (parent: NodeParent) => graphQLTypeOf(parent.__labels);

const actorFields = {
  ...entityFields,
  participations: (parent: NodeParent, _args: unknown, context: GraphQLContext) =>
    participations(context, parent, 'out'),
  statements: nodesResolver('MADE_STATEMENT', 'out'),
};

const cameo = (parent: NodeParent) =>
  typeof parent['cameoCode'] === 'string' ? { code: parent['cameoCode'], label: parent['cameoLabel'] } : null;

/** The things the articles name: actors, places, positions, sectors, topics, initiatives. */
export const entityResolvers = {
  Node: { __resolveType: resolveType },
  Entity: { __resolveType: resolveType },
  Actor: { __resolveType: resolveType },

  Country: {
    ...actorFields,
    relations: nodesResolver('PARTY_TO', 'out', 'BilateralRelation'),
    institutions: linksResolver('BELONGS_TO', 'in'),
    locatedIn: linksResolver('LOCATED_IN', 'out'),
  },
  Person: {
    ...actorFields,
    positions: async (parent: NodeParent, _args: unknown, context: GraphQLContext) =>
      (await context.loaders.neighbours('HOLDS_POSITION', 'out').load(parent.id)).map((neighbour) => ({
        position: toParent(neighbour.node),
        evidence: evidenceOf(neighbour.relation),
      })),
  },
  Organization: {
    ...actorFields,
    belongsTo: linksResolver('BELONGS_TO', 'out'),
    locatedIn: linksResolver('LOCATED_IN', 'out'),
    accreditedTo: linksResolver('ACCREDITED_TO', 'out'),
  },
  Position: {
    ...entityFields,
    holders: nodesResolver('HOLDS_POSITION', 'in'),
    of: linksResolver('POSITION_OF', 'out'),
  },
  Place: {
    ...entityFields,
    locatedIn: linksResolver('LOCATED_IN', 'out'),
    events: nodesResolver('HELD_IN', 'in'),
  },
  Sector: {
    ...entityFields,
    discussedIn: (parent: NodeParent, _args: unknown, context: GraphQLContext) =>
      discussions(context, parent, 'in'),
  },
  Topic: {
    ...entityFields,
    discussedIn: (parent: NodeParent, _args: unknown, context: GraphQLContext) =>
      discussions(context, parent, 'in'),
  },
  Initiative: {
    ...entityFields,
    belongsTo: linksResolver('BELONGS_TO', 'out'),
    locatedIn: linksResolver('LOCATED_IN', 'out'),
    discussedIn: (parent: NodeParent, _args: unknown, context: GraphQLContext) =>
      discussions(context, parent, 'in'),
  },
  Event: {
    ...entityFields,
    statusWords: async (parent: NodeParent, _args: unknown, context: GraphQLContext) =>
      (await context.loaders.spans.load(parent.id)).filter((span) => span.aspect === 'status'),
    time: (parent: NodeParent) =>
      typeof parent['timeValue'] === 'string'
        ? {
            text: parent['timeText'],
            value: parent['timeValue'],
            precision: parent['timePrecision'],
            start: parent['timeStart'],
            end: parent['timeEnd'],
            yearInferred: parent['yearInferred'] === true,
            inference: parent['yearInference'] ?? null,
          }
        : null,
    cameo,
    participants: (parent: NodeParent, _args: unknown, context: GraphQLContext) =>
      participations(context, parent, 'in'),
    places: linksResolver('HELD_IN', 'out'),
    topics: (parent: NodeParent, _args: unknown, context: GraphQLContext) =>
      discussions(context, parent, 'out'),
    sidelinesOf: linksResolver('ON_SIDELINES_OF', 'out'),
    statements: nodesResolver('ABOUT', 'in', 'Statement'),
  },
  EventStatus: { PLANNED: 'planned', OCCURRED: 'occurred', ONGOING: 'ongoing' },
  Agreement: {
    ...entityFields,
    negotiationLevels: (parent: NodeParent) =>
      Array.isArray(parent['negotiationLevels']) ? parent['negotiationLevels'] : [],
    parties: linksResolver('PARTY_TO', 'in'),
    covers: linksResolver('COVERS', 'out'),
    negotiatedIn: linksResolver('NEGOTIATED_IN', 'out'),
  },
  AgreementState: { UNDER_NEGOTIATION: 'under_negotiation', SIGNED: 'signed', IN_FORCE: 'in_force' },
  Commitment: {
    ...entityFields,
    by: linksResolver('COMMITTED_TO', 'in'),
    madeAt: linksResolver('MADE_AT', 'out'),
    concerns: linksResolver('CONCERNS', 'out'),
  },
  Statement: {
    ...entityFields,
    cameo,
    speaker: async (parent: NodeParent, _args: unknown, context: GraphQLContext) => {
      const [speaker] = await context.loaders.neighbours('MADE_STATEMENT', 'in').load(parent.id);
      return speaker ? toParent(speaker.node) : null;
    },
    about: linksResolver('ABOUT', 'out'),
  },
};
