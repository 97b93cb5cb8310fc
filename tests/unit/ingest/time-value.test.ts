import { parseTimeValue } from '../../../src/ingest/time-value';

describe('parseTimeValue', () => {
  it.each([
    ['2012', 'year', { start: '2012-01-01', end: '2012-12-31' }],
    ['2024-12', 'month', { start: '2024-12-01', end: '2024-12-31' }],
    ['2024-02', 'month', { start: '2024-02-01', end: '2024-02-29' }],
    ['2025-05-26', 'day', { start: '2025-05-26', end: '2025-05-26' }],
    ['2025-05-28/2025-05-29', 'day', { start: '2025-05-28', end: '2025-05-29' }],
  ] as const)('when %s has precision %s, then it covers %j', (value, precision, bounds) => {
    expect(parseTimeValue(value, precision)).toEqual(bounds);
  });

  it.each([
    ['2025-02-30', 'day', /not a calendar date/],
    ['2025-05', 'day', /not a calendar date/],
    ['2025-05-29/2025-05-28', 'day', /ends before it starts/],
    ['May 2025', 'month', /not a month/],
    ['2025-13', 'month', /not a month/],
    ['25', 'year', /not a year/],
  ] as const)('when %s has precision %s, then it is refused', (value, precision, reason) => {
    const result = parseTimeValue(value, precision);
    expect('error' in result && result.error).toMatch(reason);
  });
});
