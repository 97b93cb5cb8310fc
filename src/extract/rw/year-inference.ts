import type { DateMention, DraftEventStatus } from '../analysis';
import type { WrittenDate } from './dates';
import type { RwDocument } from './document';

/** English month names, January first, for the inference texts a reviewer reads. */
const MONTHS_EN = Array.from({ length: 12 }, (_, month) =>
  new Date(Date.UTC(2025, month, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' }),
);
const WEEKDAYS_EN = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

interface Anchor {
  year: number;
  month: number;
  day: number;
  label: string;
}

/**
 * Turns written dates into dated mentions. A date whose year is written keeps it. A date
 * without one gets the year only from something the reader also has: the publication date
 * (a planned event is the next such date after it, a past one the last before it), or else the
 * latest date with a written year in the article (the date meant is the first one after it, as
 * news reports what follows what it recalls). The reasoning is written into `inference`. With
 * neither, the date is left out rather than guessed.
 */
export function dateMentions(
  doc: RwDocument,
  written: readonly WrittenDate[],
  statusOf: (date: WrittenDate) => { value: DraftEventStatus; words: string } | undefined,
  publishedOn?: string,
): Map<WrittenDate, DateMention> {
  const published = publishedOn ? parseIsoDate(publishedOn) : undefined;
  const anchors = written
    .filter((date) => date.year !== undefined && date.weekday === undefined && date.month !== undefined)
    .map((date) => ({
      year: date.year!,
      month: date.month!,
      day: date.dayEnd ?? date.day ?? daysIn(date.year!, date.month!),
      label: describe(date, date.year),
    }));
  const latest = anchors.sort((a, b) => compare(b, a))[0];
  const result = new Map<WrittenDate, DateMention>();
  for (const date of written) {
    const span = doc.tokenSpan(date.from, date.to);
    const base = { ...span, rule: date.rule, confidence: date.confidence, precision: date.precision };
    if (date.year !== undefined) {
      result.set(date, { ...base, value: isoValue(date, date.year), yearStated: true });
      continue;
    }
    const status = statusOf(date);
    const inferred =
      date.month === undefined
        ? weekdayFromPublication(date, published, status)
        : published
          ? yearFromPublication(date, published, status)
          : latest
            ? yearFromAnchor(date, latest)
            : undefined;
    if (!inferred) continue;
    result.set(date, {
      ...base,
      value: inferred.value,
      yearStated: false,
      inference: inferred.inference,
      rule: `${date.rule}.${inferred.rule}`,
      confidence: Math.min(date.confidence, inferred.confidence),
    });
  }
  return result;
}

function yearFromPublication(
  date: WrittenDate,
  published: Anchor,
  status: { value: DraftEventStatus; words: string } | undefined,
) {
  const start = { year: published.year, month: date.month!, day: date.day ?? 1, label: '' };
  const end = { ...start, day: date.dayEnd ?? date.day ?? daysIn(start.year, start.month) };
  let year = published.year;
  let why = `it is taken to be in the year of publication`;
  if (status?.value === 'planned' && compare(end, published) < 0) {
    year++;
    why = `the event is planned (${status.words}), so it is the next ${describe(date)} after publication`;
  } else if (status?.value === 'occurred' && compare(start, published) > 0) {
    year--;
    why = `the event is reported as past (${status.words}), so it is the last ${describe(date)} before publication`;
  } else if (status) {
    why = `the event is ${status.value} (${status.words}), which fits ${describe(date)} of that year`;
  }
  return {
    value: isoValue(date, year),
    inference: `No year is written. The article was published on ${published.label}; ${why}: ${year}.`,
    rule: 'year-from-publication',
    confidence: 0.75,
  };
}

function yearFromAnchor(date: WrittenDate, anchor: Anchor) {
  const candidate = { year: anchor.year, month: date.month!, day: date.day ?? 1, label: '' };
  const year = compare(candidate, anchor) > 0 ? anchor.year : anchor.year + 1;
  return {
    value: isoValue(date, year),
    inference:
      `No year is written and no publication date was given. The latest date the article gives with its year is ` +
      `${anchor.label}; the first ${describe(date)} after it is in ${year}.`,
    rule: 'year-from-article',
    confidence: 0.6,
  };
}

/** `Ku wa Kabiri`: the nearest Tuesday before publication, or after it for a planned event. */
function weekdayFromPublication(
  date: WrittenDate,
  published: Anchor | undefined,
  status: { value: DraftEventStatus; words: string } | undefined,
) {
  if (!published || date.weekday === undefined) return undefined;
  const day = new Date(Date.UTC(published.year, published.month - 1, published.day));
  const publishedWeekday = ((day.getUTCDay() + 6) % 7) + 1;
  const planned = status?.value === 'planned';
  const shift = planned
    ? (date.weekday - publishedWeekday + 7) % 7 || 7
    : -((publishedWeekday - date.weekday + 7) % 7);
  day.setUTCDate(day.getUTCDate() + shift);
  const value = day.toISOString().slice(0, 10);
  const name = WEEKDAYS_EN[date.weekday];
  return {
    value,
    inference:
      `Only the weekday is written (${name}). The article was published on ${published.label}; ` +
      (planned
        ? `the event is planned (${status!.words}), so it is the next ${name}: ${value}.`
        : `the ${name} meant is taken to be the last one on or before publication: ${value}.`),
    rule: 'weekday-from-publication',
    confidence: 0.5,
  };
}

function isoValue(date: WrittenDate, year: number): string {
  const pad = (value: number): string => String(value).padStart(2, '0');
  if (date.month === undefined) return String(year);
  const month = `${year}-${pad(date.month)}`;
  if (date.day === undefined) return month;
  const first = `${month}-${pad(date.day)}`;
  return date.dayEnd !== undefined ? `${first}/${month}-${pad(date.dayEnd)}` : first;
}

function describe(date: WrittenDate, year?: number): string {
  const month = date.month !== undefined ? MONTHS_EN[date.month - 1] : '';
  const days =
    date.day !== undefined ? `${date.day}${date.dayEnd !== undefined ? `–${date.dayEnd}` : ''} ` : '';
  return `${days}${month}${year !== undefined ? ` ${year}` : ''}`.trim();
}

function compare(a: Omit<Anchor, 'label'>, b: Omit<Anchor, 'label'>): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parseIsoDate(value: string): Anchor | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return { year, month, day, label: `${day} ${MONTHS_EN[month - 1]} ${year}` };
}
