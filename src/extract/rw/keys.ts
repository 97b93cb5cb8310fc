import type { NameKind } from '../analysis';

const PREFIX: Record<NameKind, string> = {
  Country: 'country',
  Person: 'person',
  Organization: 'org',
  Place: 'place',
  Sector: 'sector',
  Topic: 'topic',
  Initiative: 'initiative',
};

/** Letters that do not decompose into a base letter and a mark. */
const FOLD: Record<string, string> = { ı: 'i', ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', đ: 'd', ł: 'l', þ: 'th' };

/** A readable slug: ASCII letters and digits, words joined by hyphens (`Öztunalı` → `oztunali`). */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ıßøæœđłþ]/g, (letter) => FOLD[letter] ?? letter)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The key of a thing the gazetteer does not know, made from its name. */
export function keyFor(kind: NameKind, name: string): string {
  return `${PREFIX[kind]}:${slugify(name)}`;
}

/** The slug part of a key (`country:rwanda` → `rwanda`). */
export function slugOfKey(key: string): string {
  return key.slice(key.indexOf(':') + 1);
}
