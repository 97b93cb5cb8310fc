import { readNeighborhood, readShortestPath } from '../../../graph/read/subgraph';
import { checkDate, checkFactTypes, requireEntity } from '../../arguments';
import { readGraph } from '../../context';
import { badUserInput, notFound } from '../../errors';
import type { QueryResolvers } from '../../generated/resolvers-types';
import { subgraphProjection } from '../../subgraph-projection';

/** Subgraphs a graph widget draws as they are: a neighbourhood, a shortest path. */
export const subgraphFields: Pick<QueryResolvers, 'neighborhood' | 'shortestPath'> = {
  // One statement: the entity found, its neighbourhood walked and the edges among it read, with
  // only the properties the selection draws.
  neighborhood: async (_, args, context, info) => {
    const types = checkFactTypes(args.relationshipTypes, 'relationshipTypes');
    const asOf = checkDate(args.asOf, 'asOf');
    const subgraph = await readGraph(context, 'neighborhood', (tx) =>
      readNeighborhood(tx, args.id, args.depth, types, args.limit, asOf, subgraphProjection(info)),
    );
    if (!subgraph) throw notFound(`id: no entity has the id "${args.id}"`);
    // As of a day before its first report, the entity is not known yet: nothing to draw.
    return { nodes: subgraph.nodes, edges: subgraph.edges, truncated: subgraph.truncated, asOf };
  },

  shortestPath: async (_, args, context, info) => {
    // Both checks in one batch of the node loader.
    await Promise.all([requireEntity(context, args.from, 'from'), requireEntity(context, args.to, 'to')]);
    if (args.from === args.to) throw badUserInput('from and to must be two different entities');
    const path = await readGraph(context, 'shortest-path', (tx) =>
      readShortestPath(tx, args.from, args.to, args.maxHops, subgraphProjection(info)),
    );
    return path ? { ...path, asOf: null } : null;
  },
};
