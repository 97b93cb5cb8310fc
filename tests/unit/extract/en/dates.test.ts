import { analyse } from './support';

const datesOf = (text: string, publishedOn?: string) =>
  analyse(text, publishedOn ? { publishedOn } : {}).dates.map(
    ({ text: words, value, precision, yearStated, rule }) => ({
      words,
      value,
      precision,
      yearStated,
      rule,
    }),
  );

describe('English dates', () => {
  it('when a day is written with its year, then it is a day with the year stated and no preposition in the span', () => {
    expect(datesOf('The forum opened on 26 May 2025 in Kigali.')).toEqual([
      { words: '26 May 2025', value: '2025-05-26', precision: 'day', yearStated: true, rule: 'en.date.day' },
    ]);
  });

  it('when two days share a month, then the date is an interval', () => {
    expect(datesOf('Talks ran from 3 to 6 March 2025.')[0]).toMatchObject({
      words: '3 to 6 March 2025',
      value: '2025-03-03/2025-03-06',
      rule: 'en.date.day-range',
    });
    expect(datesOf('Talks were held on 13 and 14 November 2024.')[0]).toMatchObject({
      value: '2024-11-13/2024-11-14',
    });
  });

  it('when a month and year are written, then the precision is the month', () => {
    expect(datesOf('The plant opens in December 2024.')[0]).toMatchObject({
      words: 'December 2024',
      value: '2024-12',
      precision: 'month',
    });
  });

  it('when `since` a year is written, then the year is the date', () => {
    expect(datesOf('The two countries have cooperated since 2012.')[0]).toMatchObject({
      words: '2012',
      value: '2012',
      precision: 'year',
      rule: 'en.date.year',
    });
  });

  it('when a day has no year and the publication date is known, then the year is inferred from it and says how', () => {
    const [date] = analyse('The visit is planned for 28–29 May.', { publishedOn: '2025-03-08' }).dates;
    expect(date).toMatchObject({
      text: '28–29 May',
      value: '2025-05-28/2025-05-29',
      yearStated: false,
      rule: 'en.date.day-range.year-from-publication',
    });
    expect(date!.inference).toMatch(/No year is written.*2025-03-08/u);
  });

  it('when a past month comes after the publication month, then it is the one of the year before', () => {
    const [date] = analyse('The agreement was signed in November.', { publishedOn: '2025-03-08' }).dates;
    expect(date).toMatchObject({ value: '2024-11', yearStated: false });
  });

  it('when a month has no year and no publication date, then the nearest stated year is used', () => {
    const [first, second] = analyse('The deal was signed in December 2024. Work began in February.').dates;
    expect(first).toMatchObject({ value: '2024-12', yearStated: true });
    expect(second).toMatchObject({
      value: '2024-02',
      yearStated: false,
      rule: 'en.date.month.year-from-article',
    });
    expect(second!.inference).toContain('December 2024');
  });

  it('when nothing in the article gives a year, then no date is invented', () => {
    expect(datesOf('The minister will travel in May.')).toEqual([]);
    expect(datesOf('The ministers spoke on Tuesday.')).toEqual([]);
  });

  it('when a weekday is written and the publication date is known, then it is the last such day before it', () => {
    const [date] = analyse('The ministers spoke on Tuesday.', { publishedOn: '2025-07-10' }).dates;
    expect(date).toMatchObject({ text: 'Tuesday', value: '2025-07-08', precision: 'day', yearStated: false });
    expect(date!.inference).toContain('2025-07-10');
  });

  it('when a weekday is in a sentence about the future, then it is the next such day', () => {
    const [date] = analyse('The minister will arrive on Monday.', { publishedOn: '2025-07-10' }).dates;
    expect(date).toMatchObject({ value: '2025-07-14', rule: 'en.date.weekday.next' });
  });

  it('when `next year` is written, then it counts from the publication year', () => {
    const [date] = analyse('Japan will send teachers next year.', { publishedOn: '2025-03-08' }).dates;
    expect(date).toMatchObject({ text: 'next year', value: '2026', precision: 'year', yearStated: false });
  });

  it('when `may` is a verb, then it is not a month', () => {
    expect(datesOf('The two sides may meet again in 2026.')).toEqual([
      expect.objectContaining({ words: '2026', value: '2026' }),
    ]);
  });

  it('when a weekday follows `said on`, then it is the last such day, even in a sentence about the future', () => {
    const [date] = analyse('The minister will visit Accra, the ministry said on Tuesday.', {
      publishedOn: '2025-07-10',
    }).dates;
    expect(date).toMatchObject({ value: '2025-07-08', rule: 'en.date.weekday.last' });
  });
});
