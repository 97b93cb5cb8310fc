import type { Token } from '../text/tokenize';

/** Small predicates over tokens that several rule families share. */

/** A set of lower-case words written as one space-separated list, to keep lexicons readable. */
export const wordSet = (words: string): Set<string> => new Set(words.trim().split(/\s+/));

export const isWord = (token: Token | undefined): token is Token =>
  token !== undefined && (token.type === 'word' || token.type === 'elision');

export const isCapitalised = (token: Token | undefined): token is Token =>
  isWord(token) && /^\p{Lu}/u.test(token.text);

export const isPossessive = (token: Token | undefined): boolean =>
  token !== undefined && token.type === 'clitic' && token.norm === '’s';

export const isPunct = (token: Token | undefined, chars: string): boolean =>
  token !== undefined && token.type === 'punct' && chars.includes(token.text);

/** Lower-case words that may sit inside a person's name (Faisal al-Hamadi, Ana de Souza). */
export const NAME_PARTICLES = wordSet('al el bin ibn de da do dos das van von der du la le di del');

/** Capitalised words that start sentences or clauses and never begin a name. */
export const NOT_NAMES = wordSet(`
  the a an in on at for of to by with from under after before during since as and but or if while
  he she it they we i his her their our its this that these those there here officials both two
  mr mrs ms dr according speaking meanwhile also however yesterday today tomorrow last next earlier
`);

export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;
export const WEEKDAYS = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
] as const;

const CALENDAR_WORDS = new Set<string>([...MONTHS, ...WEEKDAYS]);
export const isCalendarWord = (token: Token): boolean => CALENDAR_WORDS.has(token.norm);
