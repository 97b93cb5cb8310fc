import type { RwDocument } from './document';
import { PhraseIndex } from './phrases';

/** A date as written, before any missing year is inferred. */
export interface WrittenDate {
  /** Token range of the whole phrase, prefixes included (`ku itariki ya 28–29 Gicurasi`). */
  from: number;
  to: number;
  day?: number;
  /** Last day of a span of days (`28–29`). */
  dayEnd?: number;
  month?: number;
  year?: number;
  /** ISO weekday of a weekday phrase (`ku wa Kabiri`). */
  weekday?: number;
  precision: 'day' | 'month' | 'year';
  rule: string;
  confidence: number;
}

const DAY_SPAN = /^(\d{1,2})(?:[-–‐](\d{1,2}))?$/u;
const YEAR = /^(1[89]\d\d|20\d\d|21\d\d)$/u;

/**
 * Dates and spans of dates in Kinyarwanda news: `ku wa 26 Gicurasi 2025`, `tariki ya 28-29
 * Gicurasi`, `14 kugeza 16 Nyakanga`, `mu Kuboza 2024`, `mu kwezi kwa Kamena 2023`, `mu mwaka
 * wa 2012`, and weekday phrases (`ku wa Kabiri`). The words introducing a date belong to its span.
 * Years are only read from four-digit numbers after a date word, so a number in a name
 * (`Icyerekezo 2050`) is not a date; `taken` marks tokens inside names.
 */
export function findDates(doc: RwDocument, taken: readonly boolean[]): WrittenDate[] {
  const { cues } = doc;
  const months = new PhraseIndex(
    cues.months.flatMap((month) => month.forms.map((form) => [form, month] as const)),
  );
  const weekdays = new PhraseIndex(
    cues.weekdays.flatMap((weekday) => weekday.forms.map((form) => [form, weekday.isoWeekday] as const)),
  );
  const dayPrefixes = PhraseIndex.of(cues.dayPrefixes);
  const monthPrefixes = PhraseIndex.of(cues.monthPrefixes);
  const yearPrefixes = PhraseIndex.of(cues.yearPrefixes);
  const joiners = PhraseIndex.of(cues.rangeJoiners);
  const used = new Array<boolean>(doc.tokens.length).fill(false);
  const dates: WrittenDate[] = [];
  const isYear = (index: number): number | undefined => {
    const token = doc.tokens[index];
    return token?.type === 'number' && YEAR.test(token.text) && !taken[index]
      ? Number(token.text)
      : undefined;
  };
  const monthAt = (index: number) => (taken[index] ? undefined : months.matchAt(doc.tokens, index));
  const push = (date: WrittenDate): void => {
    for (let at = date.from; at < date.to; at++) used[at] = true;
    dates.push(date);
  };
  /** Prefix words and a weekday phrase right before `from`, which join the date's span. */
  const widen = (from: number, prefixes: PhraseIndex<true>): { from: number; weekday?: number } => {
    const prefix = prefixes.matchEndingAt(doc.tokens, from);
    let start = prefix ? prefix.from : from;
    const weekday = weekdays.matchEndingAt(doc.tokens, start);
    if (weekday) start = weekday.from;
    return { from: start, ...(weekday ? { weekday: weekday.value } : {}) };
  };

  // Days with their month: `26 Gicurasi`, `28–29 Gicurasi`, `14 kugeza 16 Nyakanga`.
  for (let index = 0; index < doc.tokens.length; index++) {
    const token = doc.tokens[index]!;
    const days = token.type === 'number' ? DAY_SPAN.exec(token.text) : null;
    if (!days || taken[index]) continue;
    const day = Number(days[1]);
    let dayEnd = days[2] ? Number(days[2]) : undefined;
    let monthIndex = index + 1;
    const joiner = joiners.matchAt(doc.tokens, index + 1);
    const secondDay = joiner ? DAY_SPAN.exec(doc.tokens[joiner.to]?.text ?? '') : null;
    if (!monthAt(monthIndex) && joiner && secondDay && !secondDay[2]) {
      dayEnd = Number(secondDay[1]);
      monthIndex = joiner.to + 1;
    }
    const month = monthAt(monthIndex);
    if (!month || day < 1 || day > 31 || (dayEnd !== undefined && (dayEnd <= day || dayEnd > 31))) continue;
    let to = month.to;
    const year = isYear(to);
    if (year !== undefined) to++;
    const widened = widen(index, dayPrefixes);
    push({
      from: widened.from,
      to,
      day,
      ...(dayEnd !== undefined ? { dayEnd } : {}),
      month: month.value.month,
      ...(year !== undefined ? { year } : {}),
      ...(widened.weekday ? { weekday: widened.weekday } : {}),
      precision: 'day',
      rule:
        dayEnd !== undefined
          ? 'rw.date.day-span-month' + (year ? '-year' : '')
          : 'rw.date.day-month' + (year ? '-year' : ''),
      confidence: year !== undefined ? 0.95 : 0.85,
    });
    index = to - 1;
  }

  // Months: `mu Kuboza 2024`, `mu kwezi kwa Kamena 2023`; an ambiguous month needs a capital
  // or a year (`mata` is also milk).
  for (let index = 0; index < doc.tokens.length; index++) {
    if (used[index]) continue;
    const month = monthAt(index);
    if (!month) continue;
    const year = isYear(month.to);
    const prefix = monthPrefixes.matchEndingAt(doc.tokens, index);
    if (year === undefined && (!prefix || (month.value.ambiguous && !doc.isCapitalised(index)))) continue;
    const widened = widen(index, monthPrefixes);
    const to = year !== undefined ? month.to + 1 : month.to;
    push({
      from: widened.from,
      to,
      month: month.value.month,
      ...(year !== undefined ? { year } : {}),
      precision: 'month',
      rule: year !== undefined ? 'rw.date.month-year' : 'rw.date.month',
      confidence: year !== undefined ? 0.9 : 0.7,
    });
    index = to - 1;
  }

  // Years: `mu mwaka wa 2012`, `mu 2023`.
  for (let index = 0; index < doc.tokens.length; index++) {
    const year = used[index] ? undefined : isYear(index);
    if (year === undefined) continue;
    const prefix = yearPrefixes.matchEndingAt(doc.tokens, index);
    if (!prefix) continue;
    push({
      from: prefix.from,
      to: index + 1,
      year,
      precision: 'year',
      rule: 'rw.date.year',
      confidence: 0.85,
    });
  }

  // Weekdays alone: `Ku wa Kabiri, …`; dated only against the publication date.
  for (let index = 0; index < doc.tokens.length; index++) {
    if (used[index]) continue;
    const weekday = weekdays.matchAt(doc.tokens, index);
    // `wa Mbere` alone is also "first" (`umuntu wa mbere`): a bare form needs `ku`/`kuwa`.
    if (!weekday || !/^ku/u.test(doc.key(index))) continue;
    push({
      from: index,
      to: weekday.to,
      weekday: weekday.value,
      precision: 'day',
      rule: 'rw.date.weekday',
      confidence: 0.6,
    });
    index = weekday.to - 1;
  }
  return dates.sort((a, b) => a.from - b.from);
}
