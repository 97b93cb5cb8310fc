import { analyse, mentions } from './analyse-helper';

describe('people through titles and apposition', () => {
  it('when a title is followed by a capitalised name, then that name is a person holding the title', () => {
    const analysis = analyse('Perezida Amani Kayitare yakiriye abashyitsi.');
    expect(mentions(analysis, 'Person')).toEqual([['person:amani-kayitare', 'Amani Kayitare']]);
    expect(analysis.titles[0]).toMatchObject({
      titleId: 'title:president',
      text: 'Perezida',
      holderKey: 'person:amani-kayitare',
    });
  });

  it('when nothing ties a title to a country, then its country stays empty', () => {
    const [title] = analyse('Perezida Amani Kayitare yakiriye abashyitsi.').titles;
    expect(title!.countryKey).toBeUndefined();
    expect(title!.countrySpan).toBeUndefined();
  });

  it('when the title names its country and the name follows a comma, then both are read', () => {
    const analysis = analyse('Minisitiri w’Ubuhinzi wa Uganda, Grace Namutebi, azasura Musanze.');
    expect(analysis.titles[0]).toMatchObject({
      titleId: 'title:minister-of-agriculture',
      title: 'Minisitiri w’Ubuhinzi',
      text: 'Minisitiri w’Ubuhinzi wa Uganda',
      countryKey: 'country:uganda',
      countrySpan: { text: 'wa Uganda' },
      holderKey: 'person:grace-namutebi',
      rule: 'rw.title.with-country',
    });
  });

  it('when the country follows the name (`Perezida … wa Gana`), then the title is tied to it', () => {
    const [title] = analyse('Yahuye na Perezida Kofi Mensah wa Ghana.').titles;
    expect(title).toMatchObject({
      text: 'Perezida Kofi Mensah wa Ghana',
      countryKey: 'country:ghana',
      rule: 'rw.title.country-after-name',
    });
  });

  it('when two titles are joined by `akaba na`, then one person holds both and the country is shared', () => {
    const analysis = analyse(
      'Minisitiri w’Intebe wungirije akaba na Minisitiri w’Ububanyi n’Amahanga wa Uganda, Ruth Akello, yavuze ko bizagenda neza.',
    );
    expect(
      analysis.titles.map((title) => [title.titleId, title.holderKey, title.countryKey, title.rule]),
    ).toEqual([
      [
        'title:deputy-prime-minister',
        'person:ruth-akello',
        'country:uganda',
        'rw.title.country-shared-by-akaba-na',
      ],
      ['title:minister-of-foreign-affairs', 'person:ruth-akello', 'country:uganda', 'rw.title.with-country'],
    ]);
  });

  it('when a counterpart is introduced (`mugenzi we wa Kenya`), then the counterpart holds the same post there', () => {
    const analysis = analyse(
      'Minisitiri w’Uburezi w’u Rwanda, Aline Gatera, yahuye na mugenzi we wa Kenya, Peter Odhiambo.',
    );
    const counterpart = analysis.titles.find((title) => title.holderKey === 'person:peter-odhiambo');
    expect(counterpart).toMatchObject({
      titleId: 'title:minister-of-education',
      title: 'mugenzi we',
      countryKey: 'country:kenya',
      rule: 'rw.title.counterpart',
    });
  });

  it('when a person is later named by surname or title and surname, then the mention resolves to them', () => {
    const analysis = analyse(
      'Ambasaderi w’u Buhinde mu Rwanda, Ravi Menon, yashimiye abayobozi. Menon yagize ati “Turishimye.” ' +
        'Ambasaderi Menon azasubira i New Delhi.',
    );
    expect(mentions(analysis, 'Person')).toEqual([
      ['person:ravi-menon', 'Ravi Menon'],
      ['person:ravi-menon', 'Menon'],
      ['person:ravi-menon', 'Menon'],
    ]);
    expect(analysis.titles[0]).toMatchObject({
      text: 'Ambasaderi w’u Buhinde mu Rwanda',
      countryKey: 'country:india',
    });
  });

  it('when two capitalised words that no list knows stand without a title, then they are a person, trusted less', () => {
    const person = analyse('Asimbuye Jean Bosco Habimana ku mwanya we.').names.find(
      (name) => name.kind === 'Person',
    );
    expect(person).toMatchObject({
      text: 'Jean Bosco Habimana',
      rule: 'rw.person.capitalised-run',
      confidence: 0.45,
    });
  });

  it('when ministers are spoken of in the plural (`Aba ba Minisitiri`), then no title is drafted', () => {
    expect(analyse('Aba ba Minisitiri baganiriye ku buhinzi.').titles).toEqual([]);
  });
});
