import { eventStatus, eventTime, latestClaimsOf } from '../as-of';
import type { GraphQLContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import {
  asOfOf,
  evidenceFromRelationship,
  requiredStringProperty,
  stringListProperty,
  stringProperty,
  toParent,
  type NodeParent,
} from '../parents';
import { claimsAbout, conflictsAbout } from './claims';
import {
  discussions,
  entityFields,
  linksResolver,
  neighboursOf,
  nodesResolver,
  participations,
  spansOf,
} from './entity-fields';

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
      (await neighboursOf(context, parent, 'HOLDS_POSITION', 'out')).map((neighbour) => ({
        position: toParent(neighbour.node, asOfOf(parent)),
        evidence: evidenceFromRelationship(neighbour.relation, asOfOf(parent)),
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
    status: (parent, _args, context) => eventStatus(parent, context),
    // As of a day, the words of the latest status claim made by then; otherwise every article's.
    statusWords: async (parent, _args, context) => {
      const latest = await latestClaimsOf(parent, context);
      if (!latest) {
        return (await spansOf(parent, context, 'STATED_IN')).filter((span) => span.aspect === 'status');
      }
      const claimId = latest.status?.['id'];
      return typeof claimId === 'string' ? context.loaders.claimWords.load(claimId) : [];
    },
    time: (parent, _args, context) => eventTime(parent, context),
    cameo,
    participants: (parent, _args, context) => participations(context, parent, 'in'),
    places: linksResolver('HELD_IN', 'out'),
    topics: (parent, _args, context) => discussions(context, parent, 'out'),
    sidelinesOf: linksResolver('ON_SIDELINES_OF', 'out'),
    statements: nodesResolver('ABOUT', 'in', 'Statement'),
    claims: (parent, _args, context) => claimsAbout(parent, context),
    statusHistory: (parent, _args, context) => claimsAbout(parent, context, 'status'),
    conflicts: (parent, _args, context) => conflictsAbout(parent, context),
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
      const [speaker] = await neighboursOf(context, parent, 'MADE_STATEMENT', 'in');
      return speaker ? toParent(speaker.node, asOfOf(parent)) : null;
    },
    about: linksResolver('ABOUT', 'out'),
  },
};
