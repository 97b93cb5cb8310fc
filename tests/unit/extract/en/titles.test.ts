import { analyse } from './support';

describe('English titles', () => {
  it('when a possessive country precedes a title, then the title is tied to that country and its holder', () => {
    const analysis = analyse('Kazakhstan’s Foreign Minister Aibek Seitkali arrived in Kigali.');
    expect(analysis.titles).toEqual([
      expect.objectContaining({
        text: 'Kazakhstan’s Foreign Minister',
        titleId: 'title:minister-of-foreign-affairs',
        title: 'Foreign Minister',
        titleEn: 'Minister of Foreign Affairs',
        holderKey: 'person:aibek-seitkali',
        countryKey: 'country:kazakhstan',
        countrySpan: expect.objectContaining({ text: 'Kazakhstan’s' }),
        rule: 'en.title.gazetteer.before-name',
      }),
    ]);
  });

  it('when `of <Country>` closes a title, then the country is tied and left out of the title words', () => {
    const analysis = analyse('The Minister of Foreign Affairs of Ghana, Ama Owusu, spoke.');
    expect(analysis.titles[0]).toMatchObject({
      title: 'Minister of Foreign Affairs',
      countryKey: 'country:ghana',
      countrySpan: { text: 'of Ghana' },
      holderKey: 'person:ama-owusu',
      rule: 'en.title.gazetteer.apposition',
    });
  });

  it('when nothing ties a title to a country, then it has no country', () => {
    const analysis = analyse('President Amina Kaboré opened the forum in Accra.');
    expect(analysis.titles[0]).toMatchObject({ title: 'President', holderKey: 'person:amina-kabore' });
    expect(analysis.titles[0]!.countryKey).toBeUndefined();
  });

  it('when a demonym precedes a title, then the title is tied to its country', () => {
    const analysis = analyse('The talks were led by the Rwandan Ambassador, Jean Mugabo.');
    expect(analysis.titles[0]).toMatchObject({
      titleId: 'title:ambassador',
      countryKey: 'country:rwanda',
      countrySpan: { text: 'Rwandan' },
      holderKey: 'person:jean-mugabo',
    });
  });

  it('when the gazetteer does not list a title, then its grammar reads it and the id is made from its words', () => {
    const analysis = analyse(
      'Germany’s Parliamentary State Secretary for Digital Affairs, Jonas Weber, visited Kigali.',
    );
    expect(analysis.titles[0]).toMatchObject({
      titleId: 'title:parliamentary-state-secretary-for-digital-affairs',
      title: 'Parliamentary State Secretary for Digital Affairs',
      countryKey: 'country:germany',
      holderKey: 'person:jonas-weber',
      rule: 'en.title.pattern.apposition',
    });
  });

  it('when an ambassador’s posting follows the title, then the gazetteer title still names the office', () => {
    const analysis = analyse('Rwanda’s Ambassador to Japan, Eric Habimana, attended.');
    expect(analysis.titles[0]).toMatchObject({
      titleId: 'title:ambassador',
      title: 'Ambassador to Japan',
      countryKey: 'country:rwanda',
    });
  });

  it('when the name comes before the title, then the apposition ties them', () => {
    const analysis = analyse('Grace Uwera, Rwanda’s Minister of Foreign Affairs, said the visit went well.');
    expect(analysis.titles[0]).toMatchObject({
      holderKey: 'person:grace-uwera',
      countryKey: 'country:rwanda',
      rule: 'en.title.gazetteer.name-before',
    });
  });

  it('when a title names no one, then it has no holder', () => {
    const analysis = analyse('A visit by Japan’s Minister of Foreign Affairs was planned.');
    expect(analysis.titles[0]).toMatchObject({
      countryKey: 'country:japan',
      rule: 'en.title.gazetteer.alone',
    });
    expect(analysis.titles[0]!.holderKey).toBeUndefined();
  });

  it('when a counterpart is named, then it takes the earlier title and the country its demonym gives', () => {
    const analysis = analyse(
      'Kazakhstan’s Foreign Minister Aibek Seitkali met his Rwandan counterpart, Olivier Nsengiyumva.',
    );
    const counterpart = analysis.titles.find((title) => title.rule === 'en.title.counterpart');
    expect(counterpart).toMatchObject({
      text: 'Rwandan counterpart',
      titleId: 'title:minister-of-foreign-affairs',
      holderKey: 'person:olivier-nsengiyumva',
      countryKey: 'country:rwanda',
    });
  });

  it('when a title sits inside an organisation’s name, then it is not a title', () => {
    const analysis = analyse('The Office of the President announced the visit.');
    expect(analysis.titles).toEqual([]);
  });

  it('when a listed title runs straight into a name, then the title ends where the gazetteer’s form ends', () => {
    const analysis = analyse('U.S. Secretary of State Marco Rubio met the ministers.');
    expect(analysis.titles[0]).toMatchObject({
      title: 'Secretary of State',
      titleId: 'title:minister-of-foreign-affairs',
      holderKey: 'person:marco-rubio',
      countryKey: 'country:united-states',
      countrySpan: { text: 'U.S.' },
    });
  });
});
