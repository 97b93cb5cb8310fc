import { searchEntities, toFullTextQuery } from '../../../graph/read/search';
import { readGraph } from '../../context';
import { badUserInput } from '../../errors';
import type { QueryResolvers } from '../../generated/resolvers-types';
import { toParent } from '../../parents';

/** Full-text search over names and aliases; the text is taken as plain words. */
export const search: QueryResolvers['search'] = async (_, args, context) => {
  if (args.text.trim() === '') throw badUserInput('text must not be empty', 'text');
  const query = toFullTextQuery(args.text);
  // Only symbols: nothing can match, and that is an answer, not an error.
  if (query === null) return [];
  const hits = await readGraph(context, 'search', (tx) =>
    searchEntities(tx, query, args.types ?? null, args.first),
  );
  return hits.map((hit) => ({ node: toParent(hit.node), score: hit.score }));
};
