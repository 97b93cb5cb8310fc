import { ENTITY_KINDS } from '../../graph/model';
import type { Groups } from './groups';
import type { ResolutionOverrides, ResolutionProblem } from './resolution';
import type { Item, ItemTable } from './resolution-items';

/**
 * The reviewed overrides, applied before any rule: every `same` pair is joined whatever the rules
 * would say, then every `different` pair is forbidden to share a group. A `different` whose two
 * sides the `same` pairs have already joined (directly or through others) cannot hold, and is a
 * problem, as is a reference to no item or a `same` across two kinds.
 */
export function applyOverrides(
  table: ItemTable,
  groups: Groups,
  overrides: ResolutionOverrides,
): ResolutionProblem[] {
  const problems: ResolutionProblem[] = [];
  const expand = (kind: 'same' | 'different', pair: readonly [string, string]) => {
    const sides = pair.map((ref) => itemsOf(table, ref));
    const unknown = pair.filter((_, index) => sides[index]!.length === 0);
    for (const ref of unknown) {
      problems.push({
        reason: `override ${kind} [${pair.join(', ')}]: ${ref} names no item of any article`,
        refs: [...pair],
      });
    }
    return unknown.length > 0 ? undefined : (sides as [Item[], Item[]]);
  };

  const applied: { pair: readonly [string, string]; items: Item[] }[] = [];
  for (const pair of overrides.same) {
    const sides = expand('same', pair);
    if (!sides) continue;
    const kinds = [...new Set([...sides[0], ...sides[1]].map((item) => item.kind))];
    if (kinds.length > 1) {
      problems.push({
        reason: `override same [${pair.join(', ')}] joins items of different kinds (${kinds
          .map((kind) => ENTITY_KINDS[kind].displayName)
          .join(' and ')})`,
        refs: [...pair],
      });
      continue;
    }
    const all = [...sides[0], ...sides[1]].sort((x, y) => x.index - y.index);
    const [first, ...rest] = all;
    for (const item of rest) {
      const rule = item.localId === first!.localId ? 'same-id' : 'override.same';
      groups.join(first!.index, item.index, rule, 1, 'override');
    }
    applied.push({ pair, items: all });
  }
  const sameOverridesJoining = (item: number) =>
    applied
      .filter(({ items }) => groups.same(items[0]!.index, item))
      .map(({ pair }) => `[${pair.join(', ')}]`);

  for (const pair of overrides.different) {
    const sides = expand('different', pair);
    if (!sides) continue;
    let oneItem = false;
    let joinedBy: string[] | undefined;
    for (const a of sides[0]) {
      for (const b of sides[1]) {
        if (a.index === b.index) oneItem = true;
        else if (groups.same(a.index, b.index)) joinedBy ??= sameOverridesJoining(a.index);
        else groups.forbid(a.index, b.index);
      }
    }
    if (oneItem || joinedBy) {
      const why = oneItem
        ? 'both sides name one item'
        : `the same overrides ${joinedBy!.join(', ')} join them`;
      problems.push({
        reason: `override different [${pair.join(', ')}] cannot hold: ${why}`,
        refs: [...pair],
      });
    }
  }
  return problems;
}

/** `<article id>#<local id>` names one item; a bare local id names that id in every article. */
function itemsOf(table: ItemTable, ref: string): Item[] {
  if (ref.includes('#')) {
    const item = table.byRef.get(ref);
    return item ? [item] : [];
  }
  return [...(table.byLocalId.get(ref) ?? [])];
}
