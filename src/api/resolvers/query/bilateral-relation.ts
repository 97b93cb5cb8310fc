import { readBilateralRelation } from '../../../graph/read/bilateral';
import { readGraph } from '../../context';
import { checkDate } from '../../arguments';
import { badUserInput, notFound } from '../../errors';
import type { QueryResolvers } from '../../generated/resolvers-types';
import { toParentOrNull } from '../../parents';

/**
 * The relation between two countries, in either order; null when the graph holds none, or as of
 * a day, when no article published by then reported it.
 */
export const bilateralRelation: QueryResolvers['bilateralRelation'] = async (_, args, context) => {
  if (args.countryA === args.countryB)
    throw badUserInput('countryA and countryB must be two different countries');
  const asOf = checkDate(args.asOf, 'asOf');
  const countries = await Promise.all([
    context.loaders.nodes.load(args.countryA),
    context.loaders.nodes.load(args.countryB),
  ]);
  countries.forEach((country, index) => {
    const [argument, id] = index === 0 ? ['countryA', args.countryA] : ['countryB', args.countryB];
    if (!country?.labels.includes('Country')) throw notFound(`${argument}: no country has the id "${id}"`);
  });
  return toParentOrNull(
    await readGraph(context, 'bilateral-relation', (tx) =>
      readBilateralRelation(tx, args.countryA, args.countryB, asOf),
    ),
    asOf,
  );
};
