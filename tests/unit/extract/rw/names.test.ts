import { analyse, mentions } from './analyse-helper';

describe('countries and places under their Kinyarwanda forms', () => {
  it('when a country follows its detached augment, then the span keeps `u` and drops the linking particle', () => {
    const analysis = analyse('Umubano w’u Rwanda n’u Bushinwa ukomeje gukura.');
    expect(mentions(analysis, 'Country')).toEqual([
      ['country:rwanda', 'u Rwanda'],
      ['country:china', 'u Bushinwa'],
    ]);
  });

  it('when a country follows `mu`, `muri` or `i`, then the particle stays out of the span', () => {
    const analysis = analyse('Intumwa zageze mu Budage, zikomereza muri Kazakhstan, hanyuma zijya i Ankara.');
    expect(mentions(analysis, 'Country')).toEqual([
      ['country:germany', 'Budage'],
      ['country:kazakhstan', 'Kazakhstan'],
    ]);
    expect(mentions(analysis, 'Place')).toEqual([['place:ankara', 'Ankara']]);
  });

  it('when a country has a long Kinyarwanda name, then the whole name is one mention', () => {
    const analysis = analyse(
      'Leta Zunze Ubumwe za Amerika na Repubulika Iharanira Demokarasi ya Kongo bagiranye ibiganiro.',
    );
    expect(mentions(analysis, 'Country')).toEqual([
      ['country:united-states', 'Leta Zunze Ubumwe za Amerika'],
      ['country:democratic-republic-of-the-congo', 'Repubulika Iharanira Demokarasi ya Kongo'],
    ]);
  });

  it('when Türkiye is written with or without its diacritic or in Kinyarwanda, then each is Türkiye', () => {
    const analysis = analyse('Turukiya, Türkiye na Turkiye ni kimwe.');
    expect(mentions(analysis, 'Country').map(([key]) => key)).toEqual([
      'country:turkiye',
      'country:turkiye',
      'country:turkiye',
    ]);
  });

  it('when a listed name is written in lower case inside ordinary prose, then it is not a name', () => {
    // `kenya` here is not a country: proper names are capitalised.
    expect(mentions(analyse('abantu bo muri kenya n’aba gana'), 'Country')).toEqual([]);
  });

  it('when a city, a region and an initiative are named, then each gets its kind and gazetteer key', () => {
    const analysis = analyse(
      'Abashoramari bo muri Afurika y’Iburengerazuba basuye Kigali Innovation City i Kigali.',
    );
    expect(mentions(analysis, 'Place')).toEqual([
      ['place:west-africa', 'Afurika y’Iburengerazuba'],
      ['place:kigali', 'Kigali'],
    ]);
    expect(mentions(analysis, 'Initiative')).toEqual([
      ['initiative:kigali-innovation-city', 'Kigali Innovation City'],
    ]);
  });

  it('when sectors follow `mu` or `ku` without their augment, then the short form is the sector', () => {
    const analysis = analyse('Bemeranyije gukorana mu buhinzi, ku bukerarugendo no mu ngufu zisubira.');
    expect(mentions(analysis, 'Sector')).toEqual([
      ['sector:agriculture', 'buhinzi'],
      ['sector:tourism', 'bukerarugendo'],
      ['sector:renewable-energy', 'ngufu zisubira'],
    ]);
  });
});
