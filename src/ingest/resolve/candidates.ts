import type { Groups, JoinMode } from './groups';
import { compareText, type Item } from './resolution-items';

/** A pair a rule proposes to join, with the rule and its score. `a` is the one with the lower ref. */
export interface Candidate {
  a: Item;
  b: Item;
  rule: string;
  score: number;
}

export function candidate(x: Item, y: Item, rule: string, score: number): Candidate {
  const [a, b] = compareText(x.ref, y.ref) <= 0 ? [x, y] : [y, x];
  return { a, b, rule, score: roundScore(score) };
}

export function roundScore(score: number): number {
  return Math.round(score * 1000) / 1000;
}

/** Strongest first; among equals, by the two refs, so the order never depends on the input's. */
function byStrength(x: Candidate, y: Candidate): number {
  return (
    y.score - x.score ||
    compareText(x.a.ref, y.a.ref) ||
    compareText(x.b.ref, y.b.ref) ||
    compareText(x.rule, y.rule)
  );
}

/** Tries every candidate, strongest first; each join still has to pass the groups' checks. */
export function runCandidates(
  groups: Groups,
  candidates: readonly Candidate[],
  mode: JoinMode = 'rule',
): void {
  for (const pair of [...candidates].sort(byStrength)) {
    groups.join(pair.a.index, pair.b.index, pair.rule, pair.score, mode);
  }
}

/**
 * Pairs that can connect every item of a bucket (items sharing a key): each with the first, and
 * each with the one before it. Linear in the bucket, not quadratic; the second chain gives an item
 * a way in when a `different` override keeps it from the first.
 */
export function bucketPairs(bucket: readonly Item[], rule: string, score: number): Candidate[] {
  const pairs: Candidate[] = [];
  const [first] = bucket;
  bucket.forEach((item, index) => {
    if (index === 0 || !first) return;
    pairs.push(candidate(first, item, rule, score));
    if (index > 1) pairs.push(candidate(bucket[index - 1]!, item, rule, score));
  });
  return pairs;
}

/** Adds an item to the list kept under a key. */
export function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
