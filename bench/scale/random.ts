/**
 * A small seeded random source (mulberry32), so the same seed always builds the same synthetic
 * graph: runs at different times measure the same data.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
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

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Cannot pick from an empty list');
    return items[this.below(items.length)]!;
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** `count` distinct items (fewer when the list is shorter), in the order drawn. */
  sample<T>(items: readonly T[], count: number): T[] {
    const chosen = new Set<number>();
    const wanted = Math.min(count, items.length);
    while (chosen.size < wanted) chosen.add(this.below(items.length));
    return [...chosen].map((index) => items[index]!);
  }
}

const SYLLABLES = [
  'ka',
  'ro',
  'mi',
  'ten',
  'sa',
  'vol',
  'da',
  'ri',
  'nu',
  'bel',
  'ho',
  'zan',
  'ti',
  'gor',
  'le',
  'pa',
];

/** A pronounceable made-up word of two to four syllables, capitalised. */
export function madeUpName(random: SeededRandom): string {
  const count = 2 + random.below(3);
  const word = Array.from({ length: count }, () => random.pick(SYLLABLES)).join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The slug an id ends with: lower case, words joined by hyphens. */
export function slugOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
