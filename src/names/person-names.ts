import { distance } from 'fastest-levenshtein';
import { nameWords, normaliseName } from './normalise-name';

/**
 * People's names in parts: given names, middle names and patronymics come before the surname,
 * which is the last word. Titles written before a name (`Perezida Kagame`, `Minister Habimana`)
 * are not part of it.
 */
const TITLE_WORDS = new Set([
  'perezida',
  'minisitiri',
  'ambasaderi',
  'nyakubahwa',
  'president',
  'minister',
  'ambassador',
  'dr',
  'prof',
  'mr',
  'mrs',
  'ms',
  'hon',
]);

/** The words of a person's name, without the titles written before it. */
export function personNameWords(name: string): string[] {
  const words = nameWords(name);
  let first = 0;
  while (first < words.length - 1 && TITLE_WORDS.has(words[first]!)) first += 1;
  return words.slice(first);
}

/** The key two spellings of one person's name share when they differ only in case, accents or titles. */
export function personNameKey(name: string): string {
  return personNameWords(name).join(' ');
}

/**
 * `shorter` is `longer` with given names, middle names or a patronymic left out: every word of
 * it is in the longer name, and both end with the same surname (`Kagame` / `Paul Kagame`,
 * `Yvette Mukankusi` / `Yvette Uwase Mukankusi`).
 */
export function isNamePart(shorter: readonly string[], longer: readonly string[]): boolean {
  if (shorter.length === 0 || shorter.length >= longer.length) return false;
  if (shorter.at(-1) !== longer.at(-1)) return false;
  return shorter.every((word) => longer.includes(word));
}

/** Two words that are the same or one small misspelling apart (only for words of 5+ letters). */
export function similarWords(a: string, b: string): boolean {
  if (a === b) return true;
  const length = Math.min(a.length, b.length);
  if (length < 5) return false;
  return distance(a, b) <= Math.max(1, Math.floor(length * 0.2));
}

/**
 * Whether two names can be one person's: every word of the shorter name is found (as the same
 * word or a small misspelling of it) among the words of the longer. `Paul Kagame` and
 * `Jean Kagame` cannot: their given names conflict. `Kagame` fits both.
 */
export function compatiblePersonNames(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  const unused = [...longer];
  for (const word of shorter) {
    const at = unused.findIndex((other) => similarWords(word, other));
    if (at < 0) return false;
    unused.splice(at, 1);
  }
  return true;
}

/**
 * Two names that are one misspelling of the other word by word: as many words, each pair the
 * same or similar. `Ministry of Foreign Affairs of Ghana` is not a misspelling of `… of Kenya`,
 * however close the whole strings are.
 */
export function wordsAlign(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((word, index) => similarWords(word, b[index]!));
}

/** 1 − edit distance / length of the longer normalised name. */
export function spellingScore(a: string, b: string): number {
  const [left, right] = [normaliseName(a), normaliseName(b)];
  const length = Math.max(left.length, right.length);
  return length === 0 ? 0 : 1 - distance(left, right) / length;
}
