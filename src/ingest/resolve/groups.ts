import { compatiblePersonNames } from '../../names/person-names';

/**
 * What a group must stay consistent with when it grows: the names of the people in it (no two
 * with conflicting given names), and for events the span their dates allow (every two dates
 * overlapping or within two days: the latest start at most two days after the earliest end).
 */
export interface GroupFacts {
  personNames?: readonly (readonly string[])[];
  dates?: { latestStart: number; earliestEnd: number };
}

/** The days two dates of one event may be apart and still be the same occasion. */
export const DATE_SLACK_DAYS = 2;

/**
 * - `override`: a reviewed `same`; always joins.
 * - `same-id`: the same local id; joins unless a `different` override forbids it.
 * - `rule`: a name, title or event rule; also needs the merged group's facts to stay consistent,
 *   and no two items of one article in it (an article's items are different things by its own
 *   account).
 */
export type JoinMode = 'override' | 'same-id' | 'rule';

/** A join that merged two groups: the edges of each group's explanation tree. */
export interface Join {
  a: number;
  b: number;
  rule: string;
  score: number;
}

/** Union–find over item indexes, with `different` constraints and group facts checked on union. */
export class Groups {
  private readonly parent: Int32Array;
  private readonly rank: Uint8Array;
  private readonly forbidden = new Map<number, number[]>();
  private readonly facts = new Map<number, GroupFacts>();
  private readonly articleSets = new Map<number, Set<number>>();
  readonly joins: Join[] = [];

  /** `articleOf[item]`: the article each item comes from. */
  constructor(private readonly articleOf: readonly number[]) {
    this.parent = Int32Array.from({ length: articleOf.length }, (_, index) => index);
    this.rank = new Uint8Array(articleOf.length);
  }

  find(item: number): number {
    let root = item;
    while (this.parent[root] !== root) root = this.parent[root]!;
    let at = item;
    while (at !== root) {
      const next = this.parent[at]!;
      this.parent[at] = root;
      at = next;
    }
    return root;
  }

  same(a: number, b: number): boolean {
    return this.find(a) === this.find(b);
  }

  setFacts(item: number, facts: GroupFacts): void {
    this.facts.set(this.find(item), facts);
  }

  /** A `different` override: the two items must never be in one group. */
  forbid(a: number, b: number): void {
    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const) {
      const root = this.find(from);
      const list = this.forbidden.get(root);
      if (list) list.push(to);
      else this.forbidden.set(root, [to]);
    }
  }

  /** Whether joining the groups of a and b would break a `different` or the groups' facts. */
  canJoin(a: number, b: number, mode: JoinMode): boolean {
    const [rootA, rootB] = [this.find(a), this.find(b)];
    if (rootA === rootB || mode === 'override') return true;
    const [listA, listB] = [this.forbidden.get(rootA) ?? [], this.forbidden.get(rootB) ?? []];
    const [list, other] = listA.length <= listB.length ? [listA, rootB] : [listB, rootA];
    if (list.some((item) => this.find(item) === other)) return false;
    if (mode === 'same-id') return true;
    const [articlesA, articlesB] = [this.articlesOf(rootA), this.articlesOf(rootB)];
    const [fewer, more] = articlesA.size <= articlesB.size ? [articlesA, articlesB] : [articlesB, articlesA];
    if ([...fewer].some((article) => more.has(article))) return false;
    return consistent(this.facts.get(rootA), this.facts.get(rootB));
  }

  private articlesOf(root: number): Set<number> {
    return this.articleSets.get(root) ?? new Set([this.articleOf[root]!]);
  }

  /** Joins when allowed; true when a and b end up in one group. */
  join(a: number, b: number, rule: string, score: number, mode: JoinMode): boolean {
    const [rootA, rootB] = [this.find(a), this.find(b)];
    if (rootA === rootB) return true;
    if (!this.canJoin(a, b, mode)) return false;
    const [root, child] = this.rank[rootA]! >= this.rank[rootB]! ? [rootA, rootB] : [rootB, rootA];
    if (this.rank[rootA] === this.rank[rootB]) this.rank[root] = this.rank[root]! + 1;
    this.parent[child] = root;
    const forbiddenChild = this.forbidden.get(child);
    if (forbiddenChild) {
      this.forbidden.set(root, [...(this.forbidden.get(root) ?? []), ...forbiddenChild]);
      this.forbidden.delete(child);
    }
    const [articlesRoot, articlesChild] = [this.articlesOf(root), this.articlesOf(child)];
    const [larger, smaller] =
      articlesRoot.size >= articlesChild.size ? [articlesRoot, articlesChild] : [articlesChild, articlesRoot];
    smaller.forEach((article) => larger.add(article));
    this.articleSets.set(root, larger);
    this.articleSets.delete(child);
    const merged = mergeFacts(this.facts.get(root), this.facts.get(child));
    if (merged) this.facts.set(root, merged);
    this.facts.delete(child);
    this.joins.push({ a, b, rule, score });
    return true;
  }
}

function consistent(a: GroupFacts | undefined, b: GroupFacts | undefined): boolean {
  if (!a || !b) return true;
  if (a.personNames && b.personNames) {
    for (const left of a.personNames)
      for (const right of b.personNames) if (!compatiblePersonNames(left, right)) return false;
  }
  if (a.dates && b.dates) {
    const latestStart = Math.max(a.dates.latestStart, b.dates.latestStart);
    const earliestEnd = Math.min(a.dates.earliestEnd, b.dates.earliestEnd);
    if (latestStart > earliestEnd + DATE_SLACK_DAYS) return false;
  }
  return true;
}

function mergeFacts(a: GroupFacts | undefined, b: GroupFacts | undefined): GroupFacts | undefined {
  if (!a || !b) return a ?? b;
  const names = [...(a.personNames ?? [])];
  for (const name of b.personNames ?? [])
    if (!names.some((known) => known.join(' ') === name.join(' '))) names.push(name);
  const dates =
    a.dates && b.dates
      ? {
          latestStart: Math.max(a.dates.latestStart, b.dates.latestStart),
          earliestEnd: Math.min(a.dates.earliestEnd, b.dates.earliestEnd),
        }
      : (a.dates ?? b.dates);
  return {
    ...(names.length > 0 ? { personNames: names } : {}),
    ...(dates ? { dates } : {}),
  };
}
