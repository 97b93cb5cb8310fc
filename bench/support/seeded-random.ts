/**
 * A seeded source of randomness (mulberry32): the same seed gives the same sequence, so a fuzz run
 * that found something can be replayed with --seed, and a synthetic graph is the same every run.
 */
export class SeededRandom {
  private state: number;

  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A whole number in [0, bound). */
  below(bound: number): number {
    return Math.floor(this.next() * bound);
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + this.below(max - min + 1);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Cannot pick from an empty list');
    return items[this.below(items.length)]!;
  }

  /** One of the choices, each as likely as its weight. */
  weighted<T>(choices: readonly (readonly [weight: number, value: T])[]): T {
    const total = choices.reduce((sum, [weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [weight, value] of choices) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return choices.at(-1)![1];
  }

  /** A random subset of the items, in their order, of at least `min` (when there are that many). */
  subset<T>(items: readonly T[], probability: number, min = 1): T[] {
    const chosen = items.filter(() => this.chance(probability));
    while (chosen.length < Math.min(min, items.length)) {
      const item = this.pick(items);
      if (!chosen.includes(item)) chosen.push(item);
    }
    return chosen;
  }

  /** `count` distinct items (fewer when the list is shorter), in the order drawn. */
  sample<T>(items: readonly T[], count: number): T[] {
    const chosen = new Set<number>();
    const wanted = Math.min(count, items.length);
    while (chosen.size < wanted) chosen.add(this.below(items.length));
    return [...chosen].map((index) => items[index]!);
  }
}
