import type { GraphQLResolveInfo } from 'graphql';
import {
  readBilateralView,
  type BilateralParts,
  type PartSelection,
} from '../../../graph/read/bilateral-view';
import { checkDate } from '../../arguments';
import { readGraph, type GraphQLContext } from '../../context';
import { badUserInput, notFound } from '../../errors';
import type { QueryResolvers } from '../../generated/resolvers-types';
import { toParent } from '../../parents';
import { selectedNames } from '../../selection';

/**
 * The parts of the relation its selected fields need, read in the statement that finds it. Fields
 * left out here (claims, mentions, anything below the first level) go through the loaders.
 */
function partsSelected(info: GraphQLResolveInfo, asOf: string | null): PartSelection {
  const selected = selectedNames(info);
  const since = selectedNames(info, 'since');
  return {
    timeline: selected.has('timeline'),
    establishedBy: since.has('establishedBy'),
    countries: selected.has('countries'),
    sectors: selected.has('sectors'),
    initiatives: selected.has('initiatives'),
    topics: selected.has('topics'),
    people: selected.has('people'),
    peoplePositions: selectedNames(info, 'people', 'person').has('positions'),
    agreements: selected.has('agreements'),
    conflicts: selected.has('conflicts'),
    // As of a day, `since` is the latest claim by then.
    latestClaims: asOf !== null && selected.has('since'),
  };
}

/**
 * Hands the parts read to the loaders the relation's fields ask, so none of them reads again. The
 * timeline's and establishedBy's links come without their properties: their only readers, the
 * timeline and `since.establishedBy`, show the events alone (a field that showed those links'
 * evidence would have to read them itself).
 */
function primeLoaders(
  context: GraphQLContext,
  id: string,
  asOf: string | null,
  parts: Partial<BilateralParts>,
) {
  const { loaders } = context;
  if (parts.timeline) loaders.neighbours('INCLUDES_EVENT', 'out', asOf).prime(id, parts.timeline);
  if (parts.establishedBy) loaders.neighbours('ESTABLISHED_BY', 'out', asOf).prime(id, parts.establishedBy);
  if (parts.countries) loaders.neighbours('PARTY_TO', 'in', asOf).prime(id, parts.countries);
  if (parts.sectors) loaders.relationSubjects('Sector', asOf).prime(id, parts.sectors);
  if (parts.initiatives) loaders.relationSubjects('Initiative', asOf).prime(id, parts.initiatives);
  if (parts.topics) loaders.relationSubjects('Topic', asOf).prime(id, parts.topics);
  if (parts.people) {
    loaders.relationPeople(asOf).prime(id, parts.people);
    const positions = loaders.neighbours('HOLDS_POSITION', 'out', asOf);
    for (const entry of parts.people) if (entry.positions) positions.prime(entry.person.id, entry.positions);
  }
  if (parts.agreements) loaders.relationAgreements(asOf).prime(id, parts.agreements);
  if (parts.conflicts) loaders.relationConflicts(asOf).prime(id, parts.conflicts);
  if (parts.latestClaims && asOf) loaders.latestClaims(asOf).prime(id, parts.latestClaims);
}

/**
 * The relation between two countries, in either order; null when the graph holds none, or as of
 * a day, when no article published by then reported it. One statement checks both countries,
 * finds the relation and reads what the selection asks of it.
 */
export const bilateralRelation: QueryResolvers['bilateralRelation'] = async (_, args, context, info) => {
  if (args.countryA === args.countryB)
    throw badUserInput('countryA and countryB must be two different countries');
  const asOf = checkDate(args.asOf, 'asOf');
  const selection = partsSelected(info, asOf);
  const view = await readGraph(context, 'bilateral-relation', (tx) =>
    readBilateralView(tx, args.countryA, args.countryB, asOf, selection),
  );
  if (!view.countryAFound) throw notFound(`countryA: no country has the id "${args.countryA}"`);
  if (!view.countryBFound) throw notFound(`countryB: no country has the id "${args.countryB}"`);
  if (!view.relation) return null;
  context.loaders.nodes.prime(view.relation.id, view.relation);
  primeLoaders(context, view.relation.id, asOf, view.parts);
  return toParent(view.relation, asOf);
};
