import { analyse } from './analyse-helper';

const dates = (text: string, publishedOn?: string) =>
  analyse(text, publishedOn ? { publishedOn } : {}).dates.map(({ text, value, precision, yearStated }) => ({
    text,
    value,
    precision,
    yearStated,
  }));

describe('dates and spans of dates', () => {
  it('when a day, month and year are written, then the date is exact and its year stated', () => {
    expect(dates('Inama yabaye ku wa 12 Werurwe 2024 i Huye.')).toEqual([
      { text: 'ku wa 12 Werurwe 2024', value: '2024-03-12', precision: 'day', yearStated: true },
    ]);
  });

  it('when a weekday opens a full date, then it belongs to the span', () => {
    expect(dates('Ku wa Gatanu tariki ya 7 Ugushyingo 2025, abashyitsi bageze i Kigali.')[0]).toMatchObject({
      text: 'Ku wa Gatanu tariki ya 7 Ugushyingo 2025',
      value: '2025-11-07',
    });
  });

  it('when a span of days is written with a dash or `kugeza`, then the value is an interval', () => {
    expect(dates('Azaba ari i Dakar tariki ya 3-5 Nzeri 2025, no kuva 10 kugeza 12 Ukwakira 2025.')).toEqual([
      {
        text: 'tariki ya 3-5 Nzeri 2025',
        value: '2025-09-03/2025-09-05',
        precision: 'day',
        yearStated: true,
      },
      {
        text: '10 kugeza 12 Ukwakira 2025',
        value: '2025-10-10/2025-10-12',
        precision: 'day',
        yearStated: true,
      },
    ]);
  });

  it('when a month follows `mu` without its augment, or `mu kwezi kwa`, then it is a month', () => {
    expect(dates('Mu Kwakira 2023 no mu kwezi kwa Mutarama 2024 habaye ibiganiro.')).toEqual([
      { text: 'Mu Kwakira 2023', value: '2023-10', precision: 'month', yearStated: true },
      { text: 'mu kwezi kwa Mutarama 2024', value: '2024-01', precision: 'month', yearStated: true },
    ]);
  });

  it('when a year follows `mu mwaka wa`, then it is a year; a number in a name is not', () => {
    expect(dates('Umubano watangiye mu mwaka wa 1998, mbere ya Vision 2050.')).toEqual([
      { text: 'mu mwaka wa 1998', value: '1998', precision: 'year', yearStated: true },
    ]);
  });

  it('when `mata` is only the word for milk, then it is no month', () => {
    expect(dates('Banywa mata menshi.')).toEqual([]);
  });

  it('when no year is written but the article dates something else, then the year comes after that anchor, with the reasoning', () => {
    const [undated] = analyse(
      'Minisitiri azasura Accra ku wa 14 Gashyantare. Mu Kuboza 2024 yari yahuye na mugenzi we.',
    ).dates;
    expect(undated).toMatchObject({
      value: '2025-02-14',
      yearStated: false,
      rule: 'rw.date.day-month.year-from-article',
    });
    expect(undated!.inference).toContain('December 2024');
  });

  it('when no year is written and a planned event’s date is already past at publication, then it is next year’s', () => {
    const [date] = analyse('Perezida azagirira uruzinduko i Tokyo ku wa 10 Mutarama.', {
      publishedOn: '2025-11-20',
    }).dates;
    expect(date).toMatchObject({ value: '2026-01-10', yearStated: false });
    expect(date!.inference).toMatch(/published on 20 November 2025.*planned \(azagirira\)/);
  });

  it('when no year is written and the event is past, then it is the last such date before publication', () => {
    const [date] = analyse('Yahuye na Ambasaderi ku wa 28 Ukuboza.', { publishedOn: '2026-01-03' }).dates;
    expect(date).toMatchObject({ value: '2025-12-28', yearStated: false });
  });

  it('when no year is written and nothing dates the article, then no date is drafted', () => {
    expect(dates('Bazahura ku wa 5 Kamena.')).toEqual([]);
  });

  it('when only a weekday is written, then it is dated against the publication date or not at all', () => {
    expect(dates('Ku wa Kabiri, basinye amasezerano.')).toEqual([]);
    const [date] = analyse('Ku wa Kabiri, basinye amasezerano.', { publishedOn: '2025-02-13' }).dates;
    expect(date).toMatchObject({
      text: 'Ku wa Kabiri',
      value: '2025-02-11',
      yearStated: false,
      precision: 'day',
    });
    const [next] = analyse('Ku wa Kabiri azagirira uruzinduko i Nairobi.', {
      publishedOn: '2025-02-13',
    }).dates;
    expect(next).toMatchObject({ value: '2025-02-18' });
  });
});
