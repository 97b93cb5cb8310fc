import { addTo, bucketPairs, type Candidate } from './candidates';
import type { Contexts } from './item-context';
import type { Item, ItemTable } from './resolution-items';

/**
 * Positions: the same title (as written, normalised, or its English title without country names)
 * of the same resolved country or organization is one office (`position.same-title`, 1). Offices
 * whose holder the article does not name stay apart. Blocking: one bucket per title key and holder,
 * O(n) pairs.
 */
export function positionCandidates(table: ItemTable, contexts: Contexts): Candidate[] {
  const buckets = new Map<string, Item[]>();
  for (const item of table.byKind.get('Position') ?? []) {
    const holders = contexts.positionHolders(item);
    for (const key of contexts.titleKeys(item))
      for (const holder of holders) addTo(buckets, `${key}|${holder}`, item);
  }
  return [...buckets.values()].flatMap((bucket) => bucketPairs(bucket, 'position.same-title', 1));
}
