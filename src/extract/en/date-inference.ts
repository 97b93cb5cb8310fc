import type { DateMention } from '../analysis';
import { calendarOf, spanOf, type RawDate } from './date-patterns';
import type { EnglishDocument } from './document';
import { MONTHS, WEEKDAYS } from './token-tests';

/**
 * Years, weekdays and `next year` the text leaves to the reader: placed from the publication date
 * or, without one, from the nearest date in the article that states its year, always with the
 * reasoning in `inference`. Without either, nothing is placed.
 */

/** Words that put the sentence's time after the writing: the date meant is the next one. */
const FUTURE =
  /\b(?:will|shall|would|next|upcoming|forthcoming|expected|scheduled|due to|set to|plans? to|planned|planning|to be held)\b/iu;

export function withInferredYear(
  doc: EnglishDocument,
  date: RawDate,
  stated: readonly DateMention[],
): DateMention | undefined {
  const span = spanOf(doc, date);
  const sentence = doc.sentenceAt(span.start)?.text ?? '';
  const published = parsePublished(doc.publishedOn);
  if (date.shape === 'weekday')
    return published
      ? weekday(
          span,
          date.parts[0]!,
          published,
          doc.text.slice(Math.max(0, date.start - 40), date.start),
          FUTURE.test(sentence),
        )
      : undefined;
  if (date.shape === 'relative-year')
    return published ? relativeYear(span, date.parts[0]!, published) : undefined;
  const calendar = calendarOf(date);
  if (!calendar) return undefined;
  const monthName = MONTHS[calendar.month - 1]!;
  const label = `${calendar.precision === 'day' ? `${calendar.day} ` : ''}${monthName[0]!.toUpperCase()}${monthName.slice(1)}`;
  if (published) {
    const after =
      calendar.month > published.month ||
      (calendar.month === published.month && calendar.day > published.day);
    const future = FUTURE.test(sentence);
    const year =
      after && !future
        ? published.year - 1
        : !after && future && /\bnext\b/iu.test(sentence)
          ? published.year + 1
          : published.year;
    const value = calendar.value(year);
    if (!value) return undefined;
    const reading =
      year === published.year
        ? `${label} is taken in the year of publication`
        : year < published.year
          ? `${label} comes after the publication date and the sentence does not speak of the future, so it is the ${label} before it`
          : `the sentence speaks of the next ${label}, which comes after the publication date`;
    return {
      ...span,
      rule: `${calendar.rule}.year-from-publication`,
      confidence: 0.7,
      value,
      precision: calendar.precision,
      yearStated: false,
      inference: `No year is written; ${reading} (${doc.publishedOn}): ${year}.`,
    };
  }
  const anchor = nearestStated(span.start, stated);
  if (!anchor) return undefined;
  const year = Number(anchor.value.slice(0, 4));
  const value = calendar.value(year);
  if (!value) return undefined;
  return {
    ...span,
    rule: `${calendar.rule}.year-from-article`,
    confidence: 0.55,
    value,
    precision: calendar.precision,
    yearStated: false,
    inference: `No year is written and the publication date is not known; the year is taken from “${anchor.text}”, the nearest date in the article that states its year: ${year}.`,
  };
}

function nearestStated(offset: number, stated: readonly DateMention[]): DateMention | undefined {
  const before = stated.filter((date) => date.end <= offset).at(-1);
  return before ?? stated.find((date) => date.start >= offset);
}

interface Published {
  year: number;
  month: number;
  day: number;
  date: Date;
}

function parsePublished(value: string | undefined): Published | undefined {
  const match = value && /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return { year, month, day, date: new Date(Date.UTC(year, month - 1, day)) };
}

function weekday(
  span: { start: number; end: number; text: string },
  name: string,
  published: Published,
  before: string,
  future: boolean,
): DateMention {
  const target = WEEKDAYS.indexOf(name.toLowerCase() as (typeof WEEKDAYS)[number]);
  // `said on Tuesday` reports what is done, whatever the sentence says about the future.
  const reported = /\b(?:said|says|announced|told|reported|added|confirmed)\s+(?:\w+\s+)?on\s+$/iu.test(
    before,
  );
  const forward = /\bnext\s+$/iu.test(before) || (future && !reported && !/\blast\s+$/iu.test(before));
  const shift = forward
    ? (target - published.date.getUTCDay() + 7) % 7 || 7
    : -((published.date.getUTCDay() - target + 7) % 7);
  const day = new Date(published.date.getTime() + shift * 86_400_000);
  const value = day.toISOString().slice(0, 10);
  const published_ = published.date.toISOString().slice(0, 10);
  return {
    ...span,
    rule: forward ? 'en.date.weekday.next' : 'en.date.weekday.last',
    confidence: 0.6,
    value,
    precision: 'day',
    yearStated: false,
    inference: forward
      ? `No date is written; ${name} is read as the first ${name} after the publication date (${published_}), as the sentence speaks of the future: ${value}.`
      : `No date is written; ${name} is read as the last ${name} on or before the publication date (${published_}): ${value}.`,
  };
}

function relativeYear(
  span: { start: number; end: number; text: string },
  which: string,
  published: Published,
): DateMention {
  const year =
    published.year + (which.toLowerCase() === 'next' ? 1 : which.toLowerCase() === 'last' ? -1 : 0);
  return {
    ...span,
    rule: 'en.date.relative-year',
    confidence: 0.6,
    value: String(year),
    precision: 'year',
    yearStated: false,
    inference: `No year is written; “${span.text}” is counted from the year of publication (${published.year}): ${year}.`,
  };
}
