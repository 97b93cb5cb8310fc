import { analyse } from './analyse-helper';

const orgs = (text: string) =>
  analyse(text)
    .names.filter((name) => name.kind === 'Organization')
    .map(({ key, text, subKind, countryKey, rule }) => ({ key, text, subKind, countryKey, rule }));

describe('offices and organisations', () => {
  it('when a ministry names its country, then it is that country’s ministry, named in English from the title list', () => {
    const analysis = analyse('Minisiteri y’Uburezi y’u Rwanda yatangaje amanota.');
    expect(analysis.names.find((name) => name.kind === 'Organization')).toMatchObject({
      key: 'org:rwanda-ministry-of-education',
      text: 'Minisiteri y’Uburezi y’u Rwanda',
      subKind: 'ministry',
      countryKey: 'country:rwanda',
      nameEn: 'Ministry of Education of Rwanda',
    });
  });

  it('when a ministry’s portfolio extends a shorter one, then it keeps the shorter one’s key', () => {
    expect(
      orgs('Minisiteri y’Ububanyi n’Amahanga n’Ubutwererane y’u Rwanda yasohoye itangazo.')[0],
    ).toMatchObject({
      key: 'org:rwanda-ministry-of-foreign-affairs',
      text: 'Minisiteri y’Ububanyi n’Amahanga n’Ubutwererane y’u Rwanda',
    });
  });

  it('when the ministries of both countries are meant (`zombi`), then each of the two main countries has one', () => {
    const found = orgs(
      'U Rwanda na Kenya bizakomeza ubufatanye. Kenya n’u Rwanda byemeje ibiganiro hagati ya Minisiteri z’Ubuzima zombi.',
    );
    expect(found.map((org) => [org.key, org.text, org.rule])).toEqual([
      ['org:rwanda-ministry-of-health', 'Minisiteri z’Ubuzima zombi', 'rw.org.ministry.both-countries'],
      ['org:kenya-ministry-of-health', 'Minisiteri z’Ubuzima zombi', 'rw.org.ministry.both-countries'],
    ]);
  });

  it('when an embassy names its country and where it is, then both are read, and `iyo Ambasade` refers back to it', () => {
    expect(
      orgs(
        'Ambasade y’u Burundi mu Bubiligi yakiriye abanyeshuri. Iyo Ambasade izabafasha, kandi iyo Ambasade irabashimira.',
      ),
    ).toEqual([
      {
        key: 'org:burundi-embassy-belgium',
        text: 'Ambasade y’u Burundi mu Bubiligi',
        subKind: 'embassy',
        countryKey: 'country:burundi',
        rule: 'rw.org.embassy.with-place',
      },
      {
        key: 'org:burundi-embassy-belgium',
        text: 'iyo Ambasade',
        subKind: 'embassy',
        countryKey: 'country:burundi',
        rule: 'rw.org.embassy.anaphora',
      },
    ]);
  });

  it('when a government is named with its country, then it is that country’s government', () => {
    expect(orgs('Guverinoma ya Tanzaniya yemeje umushinga.')[0]).toMatchObject({
      key: 'org:government-of-tanzania',
      subKind: 'government',
      countryKey: 'country:tanzania',
    });
  });

  it('when a listed international organisation is named, then the gazetteer gives its key', () => {
    expect(orgs('Umuryango w’Afurika Yunze Ubumwe uzakira inama.')[0]).toMatchObject({
      key: 'org:african-union',
    });
  });

  it('when a project is named after `Umushinga wa`, then the initiative includes those words', () => {
    const analysis = analyse('Bashimye Umushinga wa Smart Rwanda n’Umushinga wa Green Kigali Hub.');
    expect(
      analysis.names
        .filter((name) => name.kind === 'Initiative')
        .map((name) => [name.key, name.text, name.confidence]),
    ).toEqual([
      ['initiative:smart-rwanda', 'Umushinga wa Smart Rwanda', 0.9],
      ['initiative:green-kigali-hub', 'Umushinga wa Green Kigali Hub', 0.55],
    ]);
  });

  it('when an agency or a company is named after its noun, then it is an organisation of that kind', () => {
    expect(orgs('Ikigo Akagera Logistics na sosiyete ya Inyange Foods byasinyanye amasezerano.')).toEqual([
      { key: 'org:akagera-logistics', text: 'Akagera Logistics', rule: 'rw.org.named-body' },
      { key: 'org:inyange-foods', text: 'Inyange Foods', subKind: 'company', rule: 'rw.org.named-body' },
    ]);
  });
});
