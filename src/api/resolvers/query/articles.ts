import { readArticleIds } from '../../../graph/read/articles';
import { readGraph } from '../../context';
import type { QueryResolvers } from '../../generated/resolvers-types';
import { loadParents } from '../entity-fields';

/** The source articles, in id order. */
export const articles: QueryResolvers['articles'] = async (_, _args, context) =>
  loadParents(context, await readGraph(context, 'list-articles', readArticleIds));
