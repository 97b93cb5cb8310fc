/**
 * Times as the text gives them: a value at a stated precision, never padded into a full date.
 * An interval's bounds are for range queries only ("events in 2025"); they are not claims that
 * anything happened on 1 January.
 */
export interface TimeBounds {
  /** First and last day the value covers, as YYYY-MM-DD. */
  start: string;
  end: string;
}

export type Precision = 'day' | 'month' | 'year';

const YEAR = /^(\d{4})$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseTimeValue(value: string, precision: Precision): TimeBounds | { error: string } {
  if (precision === 'year') {
    const match = YEAR.exec(value);
    if (!match) return { error: `"${value}" is not a year (YYYY), as precision year requires` };
    return { start: `${value}-01-01`, end: `${value}-12-31` };
  }
  if (precision === 'month') {
    const match = MONTH.exec(value);
    if (!match) return { error: `"${value}" is not a month (YYYY-MM), as precision month requires` };
    return {
      start: `${value}-01`,
      end: `${value}-${String(daysInMonth(Number(match[1]), Number(match[2]))).padStart(2, '0')}`,
    };
  }
  const [from, to, ...rest] = value.split('/');
  if (rest.length > 0 || from === undefined)
    return { error: `"${value}" is not a date or an interval of two dates` };
  if (!isCalendarDate(from)) return { error: `"${from}" is not a calendar date (YYYY-MM-DD)` };
  if (to === undefined) return { start: from, end: from };
  if (!isCalendarDate(to)) return { error: `"${to}" is not a calendar date (YYYY-MM-DD)` };
  if (to < from) return { error: `the interval "${value}" ends before it starts` };
  return { start: from, end: to };
}

function isCalendarDate(value: string): boolean {
  const match = DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
