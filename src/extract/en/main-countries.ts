import type { NameBook } from './name-book';

/**
 * The two countries an article is about: the two named most often, earlier first on a tie.
 * `the two countries` and `the two governments` refer to them.
 */
export function mainCountries(book: NameBook): string[] {
  const counts = new Map<string, { count: number; first: number }>();
  for (const mention of book.ofKind('Country')) {
    const entry = counts.get(mention.key) ?? { count: 0, first: mention.start };
    entry.count++;
    entry.first = Math.min(entry.first, mention.start);
    counts.set(mention.key, entry);
  }
  return [...counts.entries()]
    .sort(([, a], [, b]) => b.count - a.count || a.first - b.first)
    .slice(0, 2)
    .map(([key]) => key);
}
