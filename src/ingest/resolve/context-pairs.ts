import { bucketPairs, candidate, type Candidate } from './candidates';
import { contextKey, relateContexts, type Context, type ContextRelation } from './item-context';
import type { Item } from './resolution-items';

export interface Represented {
  item: Item;
  context: Context;
  /** Every item of the list with this context (the representative first). */
  members: Item[];
}

/**
 * One item for each different context among items that share a name: comparing those is enough,
 * since the others join their representative by the same name. Keeps name pairs from growing with
 * the number of articles that repeat a name.
 */
export function representatives(items: readonly Item[], contextOf: (item: Item) => Context): Represented[] {
  const byContext = new Map<string, Represented>();
  for (const item of items) {
    const context = contextOf(item);
    const key = contextKey(context);
    const known = byContext.get(key);
    if (known) known.members.push(item);
    else byContext.set(key, { item, context, members: [item] });
  }
  return [...byContext.values()];
}

/** Allowed unless the contexts disagree. */
export const unlessDisagreeing = (relation: ContextRelation) => relation !== 'disagrees';

/**
 * Pairs joining items that share a name, where context may keep some apart: items with one context
 * are linked in a chain, and each two contexts through their representatives when `allow` says so.
 */
export function sameNamePairs(
  bucket: readonly Item[],
  rule: string,
  score: number,
  contextOf?: (item: Item) => Context,
): Candidate[] {
  if (!contextOf) return bucketPairs(bucket, rule, score);
  const groups = representatives(bucket, contextOf);
  const pairs = groups.flatMap((group) => bucketPairs(group.members, rule, score));
  return pairs.concat(crossPairs(groups, groups, rule, () => score, true));
}

/** Pairs between two lists of representatives whose contexts `allow` it (not disagreeing by default). */
export function crossPairs(
  left: readonly Represented[],
  right: readonly Represented[],
  rule: string,
  score: (a: Represented, b: Represented) => number,
  distinctOnly = false,
  allow: (relation: ContextRelation) => boolean = unlessDisagreeing,
): Candidate[] {
  const pairs: Candidate[] = [];
  left.forEach((a, i) => {
    right.forEach((b, j) => {
      if (distinctOnly && j <= i) return;
      if (a.item.index === b.item.index) return;
      if (allow(relateContexts(a.context, b.context)))
        pairs.push(candidate(a.item, b.item, rule, score(a, b)));
    });
  });
  return pairs;
}
