import type { SeededRandom } from '../support/seeded-random';

export { SeededRandom } from '../support/seeded-random';

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
