import type { QueryResolvers } from '../../generated/resolvers-types';
import { notFound } from '../../errors';
import { toParent, toParentOrNull } from '../../parents';

/** Nodes by id: entities, articles and sentences. */
export const nodeFields: Pick<QueryResolvers, 'node' | 'nodes'> = {
  node: async (_, args, context) => {
    const node = await context.loaders.nodes.load(args.id);
    if (!node) throw notFound(`No node has the id "${args.id}"`);
    return toParent(node);
  },
  // Unlike loadParents, keeps a null in place of each unknown id.
  nodes: async (_, args, context) =>
    (await context.loaders.nodes.loadMany(args.ids)).map((node) => {
      if (node instanceof Error) throw node;
      return toParentOrNull(node);
    }),
};
