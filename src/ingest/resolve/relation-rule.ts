import { addTo, bucketPairs, type Candidate } from './candidates';
import type { Groups } from './groups';
import { localItem, type Item, type ItemTable } from './resolution-items';

/** The roots of the country groups a relation item is between, in the order the article gives. */
export function relationCountries(table: ItemTable, groups: Groups, item: Item): number[] {
  const relation = table.articles[item.article]!.extraction.relations.find((row) => row.id === item.localId);
  return (relation?.countries ?? []).flatMap((country) => {
    const found = localItem(table, item.article, country);
    return found ? [groups.find(found.index)] : [];
  });
}

/**
 * Relations: the same two resolved countries are one relation (`relation.same-countries`, 1),
 * whatever ids the articles gave it; its id then comes from the canonical countries (canonical.ts).
 * One bucket per pair of countries, O(n) pairs.
 */
export function relationCandidates(table: ItemTable, groups: Groups): Candidate[] {
  const buckets = new Map<string, Item[]>();
  for (const item of table.byKind.get('BilateralRelation') ?? []) {
    const countries = relationCountries(table, groups, item);
    if (countries.length === 2) addTo(buckets, [...countries].sort((a, b) => a - b).join(','), item);
  }
  return [...buckets.values()].flatMap((bucket) => bucketPairs(bucket, 'relation.same-countries', 1));
}
