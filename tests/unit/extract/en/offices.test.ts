import { analyse, nameOf } from './support';

describe('English offices', () => {
  it('when a ministry has a possessive country, then it is that country’s ministry', () => {
    const analysis = analyse('Qatar’s Ministry of Commerce and Industry issued the permits.');
    expect(nameOf(analysis, 'Qatar’s Ministry of Commerce and Industry')).toMatchObject({
      kind: 'Organization',
      subKind: 'ministry',
      key: 'org:qatar-ministry-of-commerce-and-industry',
      name: 'Ministry of Commerce and Industry',
      nameEn: 'Ministry of Commerce and Industry of Qatar',
      countryKey: 'country:qatar',
      rule: 'en.org.ministry.country',
    });
  });

  it('when a ministry names no country, then its key has none', () => {
    const analysis = analyse('The Ministry of Health confirmed the figures.');
    const ministry = nameOf(analysis, 'Ministry of Health');
    expect(ministry).toMatchObject({ key: 'org:ministry-of-health', rule: 'en.org.ministry' });
    expect(ministry!.countryKey).toBeUndefined();
  });

  it('when an embassy is in a city, then its key names the owner and the city’s country', () => {
    const analysis = analyse('Rwanda’s embassy in Ankara organised the forum.');
    expect(nameOf(analysis, 'Rwanda’s embassy in Ankara')).toMatchObject({
      subKind: 'embassy',
      key: 'org:rwanda-embassy-turkiye',
      nameEn: 'Embassy of Rwanda in Ankara',
      countryKey: 'country:rwanda',
    });
  });

  it('when an embassy is written `Embassy of X in Y`, then the owner is X and the host Y', () => {
    const analysis = analyse('The Embassy of Japan in Rwanda funded the study.');
    expect(nameOf(analysis, 'Embassy of Japan in Rwanda')).toMatchObject({
      key: 'org:japan-embassy-rwanda',
      countryKey: 'country:japan',
      rule: 'en.org.embassy.host',
    });
  });

  it('when an embassy has no owner in the text, then it is not named', () => {
    const analysis = analyse('The embassy in Doha was closed.');
    expect(analysis.names.filter((mention) => mention.subKind === 'embassy')).toEqual([]);
  });

  it('when `the two finance ministries` follow two countries, then both ministries are named', () => {
    const analysis = analyse(
      'Ghana and Qatar met. Ghana spoke first. Talks between the two finance ministries continue.',
    );
    const ministries = analysis.names.filter((mention) => mention.rule === 'en.org.ministry.the-two');
    expect(ministries.map((mention) => mention.key).sort()).toEqual([
      'org:ghana-ministry-of-finance',
      'org:qatar-ministry-of-finance',
    ]);
  });
});
