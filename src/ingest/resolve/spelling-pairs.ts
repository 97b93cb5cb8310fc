import { scoreName } from '../../names/match-names';
import { wordsAlign } from '../../names/person-names';
import { addTo } from './candidates';

/** A misspelling is at most this far from the name (1 − edit distance / length)… */
export const SPELLING_THRESHOLD = 0.85;
/** …and only names this long are compared: shorter ones differ by a letter and mean something else. */
export const SPELLING_MIN_LENGTH = 6;

export interface SpellingPair {
  /** Indexes into the keys given. */
  a: number;
  b: number;
  score: number;
}

/**
 * Pairs of distinct normalised names that are one misspelt word apart: every other word the same,
 * that word a small misspelling (`kwabena asante mensa` / `kwabena asante mensah`).
 *
 * Blocking: a name is filed, for each of its words, under the other words as written and that
 * word's first and last k letters (`kwabena asante _|p:me`, `kwabena asante _|s:ah`), k from 2 for
 * short words to 4 for long ones. One edit leaves a word's first or last k letters intact when it
 * has 2k + 1 letters or more; a word is also filed under the k of one letter less, so a word and
 * the same word with a letter more share a window. Two names one misspelling apart meet in some
 * block, and only names in one block are compared: with n distinct names of w words each and
 * blocks of size b, O(n · w · b) comparisons, not O(n²). A word shared by many names (`ministry`,
 * `minister`) does not make a large block, since the other words and the misspelt word's letters
 * must match too. Names with misspellings in two words are not found (a reviewer's override is).
 */
export function spellingPairs(keys: readonly string[], kind: string): SpellingPair[] {
  const blocks = new Map<string, number[]>();
  const words = keys.map((key) => key.split(' '));
  keys.forEach((key, index) => {
    if (key.length < SPELLING_MIN_LENGTH) return;
    const all = words[index]!;
    all.forEach((word, position) => {
      const others = [...all.slice(0, position), '_', ...all.slice(position + 1)].join(' ');
      for (const k of new Set([windowOf(word.length), windowOf(word.length - 1)])) {
        addTo(blocks, `${others}|p:${word.slice(0, k)}`, index);
        addTo(blocks, `${others}|s:${word.slice(-k)}`, index);
      }
    });
  });
  const seen = new Set<number>();
  const pairs: SpellingPair[] = [];
  for (const block of blocks.values()) {
    for (let i = 0; i < block.length; i += 1) {
      for (let j = i + 1; j < block.length; j += 1) {
        const [a, b] = [Math.min(block[i]!, block[j]!), Math.max(block[i]!, block[j]!)];
        const pairKey = a * keys.length + b;
        if (a === b || seen.has(pairKey)) continue;
        seen.add(pairKey);
        const score = misspelling(keys[a]!, keys[b]!, words[a]!, words[b]!, kind);
        if (score !== undefined) pairs.push({ a, b, score });
      }
    }
  }
  return pairs.sort((x, y) => x.a - y.a || x.b - y.b);
}

/** How many first or last letters of a word of this length a block is keyed on. */
function windowOf(length: number): number {
  return Math.min(4, Math.max(2, Math.floor((length - 1) / 2)));
}

function misspelling(
  a: string,
  b: string,
  wordsA: readonly string[],
  wordsB: readonly string[],
  kind: string,
): number | undefined {
  const longest = Math.max(a.length, b.length);
  if (Math.abs(a.length - b.length) > longest * (1 - SPELLING_THRESHOLD)) return undefined;
  if (!wordsAlign(wordsA, wordsB)) return undefined;
  const match = scoreName([a], { id: b, kind, names: [b] });
  if (!match || match.rule !== 'link.spelling') return undefined;
  return match.score >= SPELLING_THRESHOLD && match.score < 1 ? match.score : undefined;
}
