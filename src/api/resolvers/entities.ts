import type { GraphQLContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import {
  evidenceFromRelationship,
  requiredStringProperty,
  stringListProperty,
  stringProperty,
  toParent,
  type NodeParent,
} from '../parents';
import { discussions, entityFields, linksResolver, nodesResolver, participations } from './entity-fields';

const actorFields = {
  ...entityFields,
  participations: (parent: NodeParent, _args: unknown, context: GraphQLContext) =>
    participations(context, parent, 'out'),
  statements: nodesResolver('MADE_STATEMENT', 'out'),
};

const subjectFields = {
  ...entityFields,
  discussedIn: (parent: NodeParent, _args: unknown, context: GraphQLContext) =>
    discussions(context, parent, 'in'),
};

const cameo = (parent: NodeParent) => {
  const code = stringProperty(parent, 'cameoCode');
  return code === null ? null : { code, label: requiredStringProperty(parent, 'cameoLabel') };
};

/** The things the articles name: actors, places, positions, sectors, topics, initiatives, agreements… */
export const entityResolvers: Resolvers = {
  Country: {
    ...actorFields,
    relations: nodesResolver('PARTY_TO', 'out', 'BilateralRelation'),
    institutions: linksResolver('BELONGS_TO', 'in'),
    locatedIn: linksResolver('LOCATED_IN', 'out'),
  },
  Person: {
    ...actorFields,
    positions: async (parent, _args, context) =>
      (await context.loaders.neighbours('HOLDS_POSITION', 'out').load(parent.id)).map((neighbour) => ({
        position: toParent(neighbour.node),
        evidence: evidenceFromRelationship(neighbour.relation),
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
  Sector: subjectFields,
  Topic: subjectFields,
  Initiative: {
    ...subjectFields,
    belongsTo: linksResolver('BELONGS_TO', 'out'),
    locatedIn: linksResolver('LOCATED_IN', 'out'),
  },
  Event: {
    ...entityFields,
    statusWords: async (parent, _args, context) =>
      (await context.loaders.spans.load(parent.id)).filter((span) => span.aspect === 'status'),
    time: (parent) => {
      const value = stringProperty(parent, 'timeValue');
      if (value === null) return null;
      return {
        text: requiredStringProperty(parent, 'timeText'),
        value,
        precision: requiredStringProperty(parent, 'timePrecision'),
        start: requiredStringProperty(parent, 'timeStart'),
        end: requiredStringProperty(parent, 'timeEnd'),
        yearInferred: parent['yearInferred'] === true,
        inference: stringProperty(parent, 'yearInference'),
      };
    },
    cameo,
    participants: (parent, _args, context) => participations(context, parent, 'in'),
    places: linksResolver('HELD_IN', 'out'),
    topics: (parent, _args, context) => discussions(context, parent, 'out'),
    sidelinesOf: linksResolver('ON_SIDELINES_OF', 'out'),
    statements: nodesResolver('ABOUT', 'in', 'Statement'),
  },
  Agreement: {
    ...entityFields,
    negotiationLevels: (parent) => stringListProperty(parent, 'negotiationLevels'),
    parties: linksResolver('PARTY_TO', 'in'),
    covers: linksResolver('COVERS', 'out'),
    negotiatedIn: linksResolver('NEGOTIATED_IN', 'out'),
  },
  Commitment: {
    ...entityFields,
    by: linksResolver('COMMITTED_TO', 'in'),
    madeAt: linksResolver('MADE_AT', 'out'),
    concerns: linksResolver('CONCERNS', 'out'),
  },
  Statement: {
    ...entityFields,
    cameo,
    speaker: async (parent, _args, context) => {
      const [speaker] = await context.loaders.neighbours('MADE_STATEMENT', 'in').load(parent.id);
      return speaker ? toParent(speaker.node) : null;
    },
    about: linksResolver('ABOUT', 'out'),
  },
};
