import { analyse, nameOf, slice } from './support';

describe('English names', () => {
  it('when a country has a possessive, then the mention is the name alone and takes the gazetteer key', () => {
    const analysis = analyse('Ghana’s parliament met in Accra.');
    const ghana = nameOf(analysis, 'Ghana');
    expect(ghana).toMatchObject({ kind: 'Country', key: 'country:ghana', rule: 'en.name.gazetteer.country' });
    expect(nameOf(analysis, 'Accra')).toMatchObject({ kind: 'Place', key: 'place:accra', subKind: 'city' });
  });

  it('when a country name is written in lower case, then it is not a country', () => {
    const analysis = analyse('The delegation ate turkey at the dinner.');
    expect(analysis.names.filter((mention) => mention.kind === 'Country')).toEqual([]);
  });

  it('when a title comes right before a name, then the name is a person keyed by its slug', () => {
    const analysis = analyse('President Amina Kaboré opened the forum.');
    expect(nameOf(analysis, 'Amina Kaboré')).toMatchObject({
      kind: 'Person',
      key: 'person:amina-kabore',
      rule: 'en.name.person.title',
    });
  });

  it('when a name stands in apposition after a title, then it is a person', () => {
    const analysis = analyse('Ghana’s Minister of Trade, Kofi Mensah-Boateng, arrived on Monday.');
    expect(nameOf(analysis, 'Kofi Mensah-Boateng')).toMatchObject({
      key: 'person:kofi-mensah-boateng',
      rule: 'en.name.person.apposition',
    });
  });

  it('when a surname is used later, then it has the full name’s key', () => {
    const analysis = analyse(
      'Japan’s Foreign Minister, Emi Tanabe, spoke first. Later in the day Tanabe toured a school.',
    );
    const short = nameOf(analysis, 'Tanabe');
    expect(short).toMatchObject({ key: 'person:emi-tanabe', name: 'Emi Tanabe' });
  });

  it('when two full names share a surname, then a bare surname is not linked to either', () => {
    const analysis = analyse('Minister Ana Sousa met Ambassador Rui Sousa. Sousa said little.');
    expect(nameOf(analysis, 'Sousa')?.key).not.toBe('person:ana-sousa');
    expect(nameOf(analysis, 'Sousa')?.key).not.toBe('person:rui-sousa');
  });

  it('when a name in another script follows a person in brackets, then it is the same person with code point offsets', () => {
    const text =
      'Rwanda’s envoy met Japan’s State Minister for Education, Haruka Yoshida (𠮷田 遥), on Friday.';
    const analysis = analyse(text);
    const native = analysis.names.find((mention) => mention.rule === 'en.name.person.other-script');
    expect(native).toMatchObject({ text: '𠮷田 遥', key: 'person:haruka-yoshida' });
    expect(slice(text, native!.start, native!.end)).toBe('𠮷田 遥');
  });

  it('when a person’s name holds a country name, then the person wins', () => {
    const analysis = analyse('Minister Chad Okello visited Kigali.');
    expect(nameOf(analysis, 'Chad Okello')).toMatchObject({ kind: 'Person' });
    expect(analysis.names.some((mention) => mention.kind === 'Country' && mention.text === 'Chad')).toBe(
      false,
    );
  });

  it('when a name follows an honorific, then it is a person', () => {
    const analysis = analyse('The agreement was welcomed by Ms Aline Uwase of the bank.');
    expect(nameOf(analysis, 'Aline Uwase')).toMatchObject({ rule: 'en.name.person.honorific' });
  });

  it('when the text says `the two governments`, then each of the two countries’ governments is named', () => {
    const analysis = analyse(
      'Ghana and Qatar agreed on visas. Ghana hosted it. Later, the two governments signed.',
    );
    const governments = analysis.names.filter((mention) => mention.subKind === 'government');
    expect(governments.map((mention) => mention.key).sort()).toEqual([
      'org:government-of-ghana',
      'org:government-of-qatar',
    ]);
    expect(governments.every((mention) => mention.text === 'the two governments')).toBe(true);
  });

  it('when a sector word is part of a ministry’s name, then it is not a sector mention', () => {
    const analysis = analyse('Rwanda’s Ministry of Education praised education reforms.');
    const sectors = analysis.names.filter((mention) => mention.kind === 'Sector');
    expect(sectors.map((mention) => mention.text)).toEqual(['education']);
  });

  it('when a capitalised phrase ends in an organisation word, then it is an organisation', () => {
    const analysis = analyse('The Rwanda Energy Group will build the line.');
    expect(nameOf(analysis, 'Rwanda Energy Group')).toMatchObject({
      kind: 'Organization',
      key: 'org:rwanda-energy-group',
      rule: 'en.name.org.head-noun',
    });
  });

  it('when `U.S.` is written with full stops, then it is the United States', () => {
    const analysis = analyse('The U.S. delegation arrived in Kigali.');
    expect(nameOf(analysis, 'U.S.')).toMatchObject({
      kind: 'Country',
      key: 'country:united-states',
      rule: 'en.name.gazetteer.country.abbreviation',
    });
  });

  it('when two capitalised words no rule knows open a sentence, then they are weakly a person, and the surname follows', () => {
    const analysis = analyse('Ama Owusu met the delegation. Owusu said little.');
    expect(nameOf(analysis, 'Ama Owusu')).toMatchObject({
      key: 'person:ama-owusu',
      rule: 'en.name.person.capitalised',
      confidence: 0.5,
    });
    expect(nameOf(analysis, 'Owusu')).toMatchObject({
      key: 'person:ama-owusu',
      rule: 'en.name.person.surname',
    });
  });
});
