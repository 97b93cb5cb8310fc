import { ENTITY_KINDS } from '../../graph/model';
import type { Groups } from './groups';
import type { CanonicalEntity, ResolvedItem } from './resolution';
import { compareText, type Item, type ItemTable } from './resolution-items';

export interface Canonicals {
  items: ResolvedItem[];
  entities: CanonicalEntity[];
}

/**
 * Names each group and explains each item.
 *
 * Id: the local id most of its items use (ties: alphabetically first); a relation's is
 * `relation:<a>--<b>` from its canonical countries' slugs in alphabetical order. When a
 * `different` override splits items of one id, the later group (by its earliest item) gets `-2`.
 * Name and English name: the ones most items use (ties: the earliest article's).
 *
 * Explanation: the earliest item that carries the group's id is `canonical` (or, when none does,
 * the earliest item); the other items with that same local id are `same-id` with it. Every other
 * item gets the rule of the join that first reached it from the canonical item, walking the joins
 * that built the group, with `matchedWith` the item it was joined to.
 */
export function nameGroups(
  table: ItemTable,
  groups: Groups,
  relationCountries: (item: Item) => number[],
  ambiguous: ReadonlyMap<number, readonly Item[]>,
): Canonicals {
  const members = new Map<number, Item[]>();
  for (const item of table.items) {
    const root = groups.find(item.index);
    const list = members.get(root);
    if (list) list.push(item);
    else members.set(root, [item]);
  }
  const ordered = [...members.values()];
  const canonicalOf = new Map<number, string>();
  const taken = new Set<string>();
  const assign = (lists: Item[][], idOf: (items: Item[]) => string) => {
    const wanted = lists.map(idOf);
    const natural = new Set(wanted);
    lists.forEach((items, index) => {
      const base = wanted[index]!;
      let id = base;
      for (let n = 2; taken.has(id) || (id !== base && natural.has(id)); n += 1) id = `${base}-${n}`;
      taken.add(id);
      for (const item of items) canonicalOf.set(item.index, id);
    });
  };
  const isRelation = (items: Item[]) => items[0]!.kind === 'BilateralRelation';
  assign(
    ordered.filter((items) => !isRelation(items)),
    mostUsedId,
  );
  assign(ordered.filter(isRelation), (items) => relationId(items, relationCountries, canonicalOf));

  const explanations = explain(table, groups, ordered, canonicalOf);
  const items = table.items.map((item) => {
    const resolved: ResolvedItem = {
      articleId: item.articleId,
      localId: item.localId,
      kind: item.kind,
      canonicalId: canonicalOf.get(item.index)!,
      ...explanations.get(item.index)!,
    };
    const own = resolved.canonicalId;
    const others = [
      ...new Set((ambiguous.get(item.index) ?? []).map((other) => canonicalOf.get(other.index)!)),
    ]
      .filter((id) => id !== own)
      .sort(compareText);
    if (others.length > 0) resolved.ambiguousWith = others;
    return resolved;
  });
  const entities = ordered
    .map((list) => ({
      id: canonicalOf.get(list[0]!.index)!,
      kind: list[0]!.kind,
      name: mostUsed(list.map((item) => item.name)),
      nameEn: mostUsed(list.map((item) => item.nameEn)),
    }))
    .sort((a, b) => compareText(a.id, b.id));
  return { items, entities };
}

/** The most frequent value; ties go to the one seen first (items come oldest article first). */
function mostUsed(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best = values[0]!;
  for (const [value, count] of counts) if (count > counts.get(best)!) best = value;
  return best;
}

function mostUsedId(items: Item[]): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.localId, (counts.get(item.localId) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))[0]![0];
}

function relationId(
  items: Item[],
  countriesOf: (item: Item) => number[],
  canonicalOf: ReadonlyMap<number, string>,
): string {
  const pairs = items.map((item) => {
    const slugs = countriesOf(item).map((root) => canonicalOf.get(root)?.split(':')[1] ?? '');
    return slugs.length === 2 && slugs.every(Boolean) ? slugs.sort(compareText).join('--') : '';
  });
  const pair = mostUsed(pairs.filter(Boolean));
  return pair ? `${ENTITY_KINDS.BilateralRelation.idPrefix}:${pair}` : mostUsedId(items);
}

type Explanation = Pick<ResolvedItem, 'rule' | 'score' | 'matchedWith'>;

function explain(
  table: ItemTable,
  groups: Groups,
  ordered: readonly Item[][],
  canonicalOf: ReadonlyMap<number, string>,
): Map<number, Explanation> {
  const edges = new Map<number, { other: number; rule: string; score: number }[]>();
  const link = (from: number, other: number, rule: string, score: number) => {
    const list = edges.get(from);
    if (list) list.push({ other, rule, score });
    else edges.set(from, [{ other, rule, score }]);
  };
  for (const join of groups.joins) {
    link(join.a, join.b, join.rule, join.score);
    link(join.b, join.a, join.rule, join.score);
  }
  const explanations = new Map<number, Explanation>();
  for (const list of ordered) {
    const id = canonicalOf.get(list[0]!.index)!;
    const root = list.find((item) => item.localId === id) ?? list[0]!;
    explanations.set(root.index, { rule: 'canonical', score: 1 });
    const queue = [root.index];
    for (let at = 0; at < queue.length; at += 1) {
      const current = queue[at]!;
      for (const edge of edges.get(current) ?? []) {
        if (explanations.has(edge.other)) continue;
        const item = table.items[edge.other]!;
        explanations.set(
          edge.other,
          item.localId === root.localId
            ? { rule: 'same-id', score: 1, matchedWith: root.ref }
            : { rule: edge.rule, score: edge.score, matchedWith: table.items[current]!.ref },
        );
        queue.push(edge.other);
      }
    }
  }
  return explanations;
}
