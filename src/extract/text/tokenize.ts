import { CodePointText } from '../../ingest/text-offsets';

export type TokenType = 'word' | 'number' | 'elision' | 'clitic' | 'punct';

export interface Token {
  /** Code point offsets into the text, end exclusive. */
  start: number;
  end: number;
  text: string;
  type: TokenType;
  /** Lower case, apostrophes as ’, diacritics kept: what lexicons are matched against. */
  norm: string;
}

/** Apostrophes as typed: typographic ’ (the usual one in Kinyarwanda news), ' and ‘. */
export const APOSTROPHES = /[’'‘`]/;

/**
 * Words are runs of letters and digits, with inner hyphens (Kassym-Jomart, e-Government) and
 * inner full stops or commas between digits (2,548; 1.5). An apostrophe splits a word:
 * - a short lower-case particle before it is a Kinyarwanda elision (w’, y’, n’, cy’, z’, by’,
 *   nk’), its own token, so `y’u Rwanda` gives `y’` `u` `Rwanda` and a name stays whole;
 * - a short ending after it is an English clitic (’s, ’t, ’re), so `Rwanda’s` gives `Rwanda` `’s`.
 * Offsets are code points, like every offset in the project.
 */
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[-‐–.,][\p{L}\p{M}\p{N}]+)*(?:[’'‘`](?=[\p{L}]))?|[^\s\p{L}\p{M}\p{N}]/gu;
const ELISION = /^[a-z]{1,3}[’'‘`]$/u;
const CLITIC_AFTER = /^(s|t|re|ve|ll|d|m)$/i;

export function tokenize(text: string): Token[] {
  const offsets = new CodePointText(text);
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0];
    const start = offsets.fromUtf16(match.index);
    const end = offsets.fromUtf16(match.index + raw.length);
    tokens.push({ start, end, text: raw, type: typeOf(raw), norm: normaliseToken(raw) });
  }
  return mergeClitics(tokens, text);
}

function typeOf(raw: string): TokenType {
  if (APOSTROPHES.test(raw.at(-1) ?? '')) return ELISION.test(raw) ? 'elision' : 'word';
  if (/^[\p{N}]+(?:[.,\-–][\p{N}]+)*$/u.test(raw)) return 'number';
  if (/^[\p{L}\p{M}\p{N}]/u.test(raw)) return 'word';
  return 'punct';
}

/**
 * A longer word ending in an apostrophe (`Rwanda’` before `s`) is an English possessive: the
 * word and its clitic become two tokens, the apostrophe going with the clitic.
 */
function mergeClitics(tokens: Token[], text: string): Token[] {
  const result: Token[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    const next = tokens[index + 1];
    if (
      token.type === 'word' &&
      APOSTROPHES.test(token.text.at(-1) ?? '') &&
      next &&
      CLITIC_AFTER.test(next.text)
    ) {
      const word = token.text.slice(0, -1);
      result.push({ ...token, end: token.end - 1, text: word, norm: normaliseToken(word), type: 'word' });
      const clitic = Array.from(text)
        .slice(token.end - 1, next.end)
        .join('');
      result.push({
        start: token.end - 1,
        end: next.end,
        text: clitic,
        type: 'clitic',
        norm: normaliseToken(clitic),
      });
      index++;
      continue;
    }
    result.push(token);
  }
  return result;
}

export function normaliseToken(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/[’'‘`]/g, '’')
    .replace(/[‐–]/g, '-');
}
