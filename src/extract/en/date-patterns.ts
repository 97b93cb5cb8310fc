import type { EnglishDocument } from './document';
import { MONTHS, WEEKDAYS } from './token-tests';

/**
 * The shapes English news gives dates in, as regular expressions, and what each means in the
 * calendar before a year is known. Read by dates.ts.
 */

export const M = `(${MONTHS.map((month) => month[0]!.toUpperCase() + month.slice(1)).join('|')})`;
const D = '(\\d{1,2})(?:st|nd|rd|th)?';
const Y = '((?:19|20)\\d{2})';
const TO = '\\s*(?:[-–—]|to|and|until|till|through)\\s*';
const W = `(${WEEKDAYS.map((day) => day[0]!.toUpperCase() + day.slice(1)).join('|')})`;
const NOT_DIGIT_AFTER = '(?![\\d])';

export type Shape =
  | 'day-range'
  | 'cross-month-range'
  | 'month-day-range'
  | 'day'
  | 'month-day'
  | 'month'
  | 'bare-month'
  | 'year'
  | 'weekday'
  | 'relative-year';

const PATTERNS: { shape: Shape; pattern: RegExp }[] = [
  {
    shape: 'cross-month-range',
    pattern: new RegExp(`\\b${D}\\s+${M}${TO}${D}\\s+${M}(?:,?\\s+${Y})?${NOT_DIGIT_AFTER}`, 'gu'),
  },
  {
    shape: 'day-range',
    pattern: new RegExp(`\\b${D}${TO}${D}\\s+${M}(?:,?\\s+${Y})?${NOT_DIGIT_AFTER}`, 'gu'),
  },
  {
    shape: 'month-day-range',
    pattern: new RegExp(`\\b${M}\\s+${D}${TO}${D}(?:,\\s*${Y})?${NOT_DIGIT_AFTER}`, 'gu'),
  },
  { shape: 'day', pattern: new RegExp(`\\b${D}\\s+${M}(?:,?\\s+${Y})?${NOT_DIGIT_AFTER}`, 'gu') },
  { shape: 'month-day', pattern: new RegExp(`\\b${M}\\s+${D}(?:,\\s*${Y})?${NOT_DIGIT_AFTER}`, 'gu') },
  { shape: 'month', pattern: new RegExp(`\\b${M}(?:\\s+of)?\\s+${Y}${NOT_DIGIT_AFTER}`, 'gu') },
  {
    shape: 'bare-month',
    pattern: new RegExp(
      `\\b(?:in|for|since|until|by|from|of|during|before|after|early|late|mid|next|last|this)[\\s-]+(?:early\\s+|late\\s+|mid-)?(?=${M}\\b)`,
      'gu',
    ),
  },
  {
    shape: 'year',
    pattern: new RegExp(
      `\\b(?:in|since|until|by|from|during|before|after|early|late|mid|of)\\s+(?=${Y}\\b(?!\\s*[-–]\\s*\\d))`,
      'gu',
    ),
  },
  { shape: 'weekday', pattern: new RegExp(`\\b${W}\\b`, 'gu') },
  { shape: 'relative-year', pattern: /\b(next|last|this) year\b/gu },
];

export interface RawDate {
  start: number; // UTF-16
  end: number;
  shape: Shape;
  parts: (string | undefined)[];
}

/** Every match, longest first where they overlap; lookahead patterns keep only the date words. */
export function collect(text: string): RawDate[] {
  const found: RawDate[] = [];
  for (const { shape, pattern } of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      if (shape === 'bare-month' || shape === 'year') {
        const rest = text.slice(match.index + match[0].length);
        const word =
          shape === 'year' ? /^(?:19|20)\d{2}/u.exec(rest) : new RegExp(`^${M}\\b`, 'u').exec(rest);
        if (!word) continue;
        const start = match.index + match[0].length;
        found.push({ start, end: start + word[0].length, shape, parts: [word[0]] });
      } else {
        found.push({ start: match.index, end: match.index + match[0].length, shape, parts: match.slice(1) });
      }
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: RawDate[] = [];
  for (const date of found) {
    if (kept.some((other) => other.start < date.end && date.start < other.end)) continue;
    kept.push(date);
  }
  return kept;
}

const monthNumber = (name: string | undefined): number =>
  MONTHS.indexOf(name!.toLowerCase() as (typeof MONTHS)[number]) + 1;
const pad = (value: number): string => String(value).padStart(2, '0');
const iso = (year: number, month: number, day?: number): string =>
  day === undefined ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;

/** Day-and-month parts of a date, without its year. */
export interface Calendar {
  precision: 'day' | 'month' | 'year';
  rule: string;
  value: (year: number) => string | undefined;
  /** Month and day it starts on, to place it against the publication date. */
  month: number;
  day: number;
  year?: number;
}

export function calendarOf(date: RawDate): Calendar | undefined {
  const p = date.parts;
  const yearOf = (part: string | undefined) => (part === undefined ? undefined : Number(part));
  const valid = (year: number, month: number, day: number) =>
    day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
  const dayValue = (m: number, d1: number, m2: number, d2: number) => (year: number) =>
    valid(year, m, d1) && valid(year, m2, d2) && (m2 > m || (m2 === m && d2 > d1))
      ? `${iso(year, m, d1)}/${iso(year, m2, d2)}`
      : undefined;
  switch (date.shape) {
    case 'cross-month-range': {
      const [d1, m1, d2, m2, y] = [
        Number(p[0]),
        monthNumber(p[1]),
        Number(p[2]),
        monthNumber(p[3]),
        yearOf(p[4]),
      ];
      return {
        precision: 'day',
        rule: 'en.date.day-range',
        value: dayValue(m1, d1, m2, d2),
        month: m1,
        day: d1,
        year: y,
      };
    }
    case 'day-range': {
      const [d1, d2, m, y] = [Number(p[0]), Number(p[1]), monthNumber(p[2]), yearOf(p[3])];
      return {
        precision: 'day',
        rule: 'en.date.day-range',
        value: dayValue(m, d1, m, d2),
        month: m,
        day: d1,
        year: y,
      };
    }
    case 'month-day-range': {
      const [m, d1, d2, y] = [monthNumber(p[0]), Number(p[1]), Number(p[2]), yearOf(p[3])];
      return {
        precision: 'day',
        rule: 'en.date.day-range',
        value: dayValue(m, d1, m, d2),
        month: m,
        day: d1,
        year: y,
      };
    }
    case 'day':
    case 'month-day': {
      const [d, m, y] =
        date.shape === 'day'
          ? [Number(p[0]), monthNumber(p[1]), yearOf(p[2])]
          : [Number(p[1]), monthNumber(p[0]), yearOf(p[2])];
      return {
        precision: 'day',
        rule: 'en.date.day',
        value: (year) => (valid(year, m, d) ? iso(year, m, d) : undefined),
        month: m,
        day: d,
        year: y,
      };
    }
    case 'month': {
      const m = monthNumber(p[0]);
      return {
        precision: 'month',
        rule: 'en.date.month',
        value: (year) => iso(year, m),
        month: m,
        day: 1,
        year: yearOf(p[1]),
      };
    }
    case 'bare-month': {
      const m = monthNumber(p[0]);
      return { precision: 'month', rule: 'en.date.month', value: (year) => iso(year, m), month: m, day: 1 };
    }
    case 'year':
      return {
        precision: 'year',
        rule: 'en.date.year',
        value: (year) => String(year),
        month: 1,
        day: 1,
        year: yearOf(p[0]),
      };
    default:
      return undefined;
  }
}

/** A raw date's span in code points. */
export function spanOf(doc: EnglishDocument, date: RawDate) {
  return doc.span(doc.points.fromUtf16(date.start), doc.points.fromUtf16(date.end));
}
