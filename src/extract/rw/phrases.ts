import { matchKey } from '../lexicon/gazetteer';
import { tokenize, type Token } from '../text/tokenize';

export interface PhraseMatch<T> {
  value: T;
  /** Index of the first token and one past the last. */
  from: number;
  to: number;
}

const KEYS = new WeakMap<Token, string>();

/** The key a token is compared on: lower case, no diacritics, apostrophes as ’ (worked out once). */
export function tokenKey(token: Token): string {
  let key = KEYS.get(token);
  if (key === undefined) {
    key = matchKey(token.norm);
    KEYS.set(token, key);
  }
  return key;
}

/**
 * The token keys of a listed phrase. A phrase may end in an elision (`nyuma y’`), which the
 * tokenizer only recognises before a letter, so one is lent to it and dropped again.
 */
function phraseKeys(phrase: string): string[] {
  const trimmed = phrase.trim();
  const elided = /[’'‘`]$/u.test(trimmed);
  const tokens = tokenize(elided ? `${trimmed}a` : trimmed).filter((token) => token.type !== 'punct');
  return (elided ? tokens.slice(0, -1) : tokens).map(tokenKey);
}

/**
 * Multi-word cue phrases looked up on whole tokens, ignoring case and diacritics, the way the
 * gazetteer matches names. Lookups start at one token and try the longest phrase first, so a
 * scan over a text is linear in its length times the longest phrase.
 */
export class PhraseIndex<T> {
  private readonly byKey = new Map<string, T>();
  private longest = 0;

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [phrase, value] of entries) {
      const keys = phraseKeys(phrase);
      if (keys.length === 0) continue;
      const key = keys.join(' ');
      // The first entry for a phrase wins, so the data file's order decides ties.
      if (!this.byKey.has(key)) this.byKey.set(key, value);
      this.longest = Math.max(this.longest, keys.length);
    }
  }

  static of(phrases: readonly string[]): PhraseIndex<true> {
    return new PhraseIndex(phrases.map((phrase) => [phrase, true as const] as const));
  }

  /** The longest phrase starting at token `from`, if any. Punctuation never matches. */
  matchAt(tokens: readonly Token[], from: number): PhraseMatch<T> | undefined {
    const keys: string[] = [];
    for (let index = from; index < tokens.length && keys.length < this.longest; index++) {
      const token = tokens[index]!;
      if (token.type === 'punct') break;
      keys.push(tokenKey(token));
    }
    for (let length = keys.length; length >= 1; length--) {
      const value = this.byKey.get(keys.slice(0, length).join(' '));
      if (value !== undefined) return { value, from, to: from + length };
    }
    return undefined;
  }

  /** The longest phrase ending just before token `to` (exclusive), if any. */
  matchEndingAt(tokens: readonly Token[], to: number): PhraseMatch<T> | undefined {
    for (let length = Math.min(this.longest, to); length >= 1; length--) {
      const slice = tokens.slice(to - length, to);
      if (slice.some((token) => token.type === 'punct')) continue;
      const value = this.byKey.get(slice.map(tokenKey).join(' '));
      if (value !== undefined) return { value, from: to - length, to };
    }
    return undefined;
  }

  /** Every longest, non-overlapping match from left to right, within [from, to). */
  findAll(tokens: readonly Token[], from = 0, to = tokens.length): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    for (let index = from; index < to;) {
      const match = this.matchAt(tokens, index);
      if (match && match.to <= to) {
        found.push(match);
        index = match.to;
      } else {
        index++;
      }
    }
    return found;
  }
}
