import { searchEntities, toFullTextQuery } from '../../../graph/read/search';
import { readGraph } from '../../context';
import { badUserInput } from '../../errors';
import type { QueryResolvers } from '../../generated/resolvers-types';
import { toParent } from '../../parents';

/**
 * Lucene refuses a query of more than 1,024 clauses (each word is one): refused here, as the
 * client's mistake, before it reaches Neo4j.
 */
export const MAX_SEARCH_WORDS = 1024;

/** Full-text search over names and aliases; the text is taken as plain words. */
export const search: QueryResolvers['search'] = async (_, args, context) => {
  if (args.text.trim() === '') throw badUserInput('text must not be empty', 'text');
  const query = toFullTextQuery(args.text);
  const words = query === null ? 0 : query.split(' ').length;
  if (words > MAX_SEARCH_WORDS) {
    throw badUserInput(`text has ${words} words; a search takes at most ${MAX_SEARCH_WORDS}`, 'text');
  }
  // Only symbols: nothing can match, and that is an answer, not an error.
  if (query === null) return [];
  const hits = await readGraph(context, 'search', (tx) =>
    searchEntities(tx, query, args.types ?? null, args.first),
  );
  return hits.map((hit) => ({ node: toParent(hit.node), score: hit.score }));
};
