import type { DateMention } from '../analysis';
import { withInferredYear } from './date-inference';
import { calendarOf, collect, spanOf, type RawDate } from './date-patterns';
import type { EnglishDocument } from './document';

/**
 * Dates as English news writes them, at the precision written: `26 May 2025`, `28–29 May`,
 * `from 3 to 6 March 2025`, `December 2024`, `since 2012`, `on Tuesday`, `next year`. The span is
 * the date words without the preposition. A year not written is inferred only from the
 * publication date or, without one, from the nearest date in the article that states its year,
 * and says so in `inference`; a weekday or `next year` needs the publication date. Nothing else
 * is filled in.
 */

export function findDates(doc: EnglishDocument): DateMention[] {
  const raw = collect(doc.text);
  const stated: DateMention[] = [];
  const pending: RawDate[] = [];
  for (const date of raw) {
    const mention = withStatedYear(doc, date);
    if (mention) stated.push(mention);
    else pending.push(date);
  }
  const inferred = pending.flatMap((date) => {
    const mention = withInferredYear(doc, date, stated);
    return mention ? [mention] : [];
  });
  return [...stated, ...inferred].sort((a, b) => a.start - b.start);
}

const STATED_CONFIDENCE: Record<string, number> = {
  'en.date.day': 0.95,
  'en.date.day-range': 0.9,
  'en.date.month': 0.9,
  'en.date.year': 0.85,
};

function withStatedYear(doc: EnglishDocument, date: RawDate): DateMention | undefined {
  const calendar = calendarOf(date);
  if (!calendar || calendar.year === undefined) return undefined;
  const value = calendar.value(calendar.year);
  if (!value) return undefined;
  return {
    ...spanOf(doc, date),
    rule: calendar.rule,
    confidence: STATED_CONFIDENCE[calendar.rule] ?? 0.8,
    value,
    precision: calendar.precision,
    yearStated: true,
  };
}
