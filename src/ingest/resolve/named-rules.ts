import type { EntityKind } from '../../graph/model';
import { normaliseName } from '../../names/normalise-name';
import { addTo, type Candidate } from './candidates';
import { crossPairs, representatives, sameNamePairs } from './context-pairs';
import type { Context } from './item-context';
import type { Item, ItemTable } from './resolution-items';
import { spellingPairs } from './spelling-pairs';

/**
 * The name rules for things other than people (countries, organizations, places, initiatives,
 * sectors, topics): the same normalised name (`same-name`, 1) or a small misspelling
 * (`spelling`, 1 − edit distance / length). An organization or initiative whose article says it
 * belongs to another country than the other's is kept apart (`contextOf`).
 */
export function namedCandidates(
  table: ItemTable,
  kind: EntityKind,
  contextOf?: (item: Item) => Context,
): Candidate[] {
  const byName = itemsByName(table.byKind.get(kind) ?? [], normaliseName);
  const candidates: Candidate[] = [];
  for (const bucket of byName.values()) candidates.push(...sameNamePairs(bucket, 'same-name', 1, contextOf));
  const keys = [...byName.keys()];
  const noContext = (): Context => ({ countries: new Set(), titles: new Set() });
  for (const pair of spellingPairs(keys, kind)) {
    const [left, right] = [byName.get(keys[pair.a]!)!, byName.get(keys[pair.b]!)!];
    candidates.push(
      ...crossPairs(
        representatives(left, contextOf ?? noContext),
        representatives(right, contextOf ?? noContext),
        'spelling',
        () => pair.score,
      ),
    );
  }
  return candidates;
}

/** Items under each distinct key of their names (`name` and `nameEn`), each item once a key. */
export function itemsByName(items: readonly Item[], keyOf: (name: string) => string): Map<string, Item[]> {
  const byName = new Map<string, Item[]>();
  for (const item of items) {
    const keys = new Set([keyOf(item.name), keyOf(item.nameEn)]);
    for (const key of keys) if (key) addTo(byName, key, item);
  }
  return byName;
}
