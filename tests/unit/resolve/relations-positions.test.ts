import { article, itemOf, resolve, together, withCountries } from './build-article';

describe('resolving relations and positions', () => {
  it('when articles name the countries with other ids, then the relation id comes from the canonical countries', () => {
    const resolution = resolve([
      withCountries(article('a1', '2025-01-01')).relation(['country:ghana', 'country:rwanda']),
      withCountries(article('a2', '2025-01-02')).relation(['country:rwanda', 'country:ghana']),
      article('a3', '2025-01-03')
        .country('country:republic-of-ghana', 'Ghana')
        .country('country:u-rwanda', 'u Rwanda')
        .relation(['country:u-rwanda', 'country:republic-of-ghana']),
    ]);
    expect(itemOf(resolution, 'a3#country:republic-of-ghana')).toMatchObject({
      canonicalId: 'country:ghana',
      rule: 'same-name',
    });
    expect(itemOf(resolution, 'a3#relation:republic-of-ghana--u-rwanda')).toMatchObject({
      canonicalId: 'relation:ghana--rwanda',
      rule: 'relation.same-countries',
      score: 1,
    });
    expect(resolution.entities.filter((entity) => entity.kind === 'BilateralRelation')).toEqual([
      {
        id: 'relation:ghana--rwanda',
        kind: 'BilateralRelation',
        name: 'ghana–rwanda relations',
        nameEn: 'ghana–rwanda relations',
      },
    ]);
  });

  it('when most articles use another id for a country, then the relation follows the canonical id', () => {
    const resolution = resolve([
      article('a1').country('country:gh', 'Ghana').country('country:rwanda', 'Rwanda'),
      article('a2').country('country:gh', 'Ghana').country('country:rwanda', 'Rwanda'),
      withCountries(article('a3')).relation(['country:ghana', 'country:rwanda']),
    ]);
    expect(itemOf(resolution, 'a3#relation:ghana--rwanda')).toMatchObject({
      canonicalId: 'relation:gh--rwanda',
      rule: 'canonical',
    });
  });

  it('when two articles give the same title of the same country, then it is one position', () => {
    const resolution = resolve([
      withCountries(article('a1'))
        .person('person:a', 'Kwabena Asante-Mensah')
        .office(
          'person:a',
          'position:ghana-fm',
          'Minister of Foreign Affairs of Ghana',
          'country:ghana',
          'Minisitiri w’Ububanyi n’Amahanga',
        ),
      withCountries(article('a2'))
        .person('person:a', 'Kwabena Asante-Mensah')
        .office(
          'person:a',
          'position:foreign-minister',
          'Ghana’s Minister of Foreign Affairs',
          'country:ghana',
        ),
    ]);
    expect(itemOf(resolution, 'a2#position:foreign-minister')).toMatchObject({
      canonicalId: 'position:foreign-minister',
    });
    expect(together(resolution, 'a1#position:ghana-fm', 'a2#position:foreign-minister')).toBe(true);
    expect(itemOf(resolution, 'a1#position:ghana-fm').rule).toBe('position.same-title');
  });

  it('when the same title is of two different countries, or of no named one, then the positions stay apart', () => {
    const resolution = resolve([
      withCountries(article('a1'))
        .person('person:a', 'A B')
        .office('person:a', 'position:fm-1', 'Minister of Foreign Affairs', 'country:ghana'),
      withCountries(article('a2'))
        .person('person:c', 'C D')
        .office('person:c', 'position:fm-2', 'Minister of Foreign Affairs', 'country:rwanda'),
      withCountries(article('a3'))
        .person('person:e', 'E F')
        .office('person:e', 'position:fm-3', 'Minister of Foreign Affairs'),
    ]);
    expect(together(resolution, 'a1#position:fm-1', 'a2#position:fm-2')).toBe(false);
    expect(together(resolution, 'a1#position:fm-1', 'a3#position:fm-3')).toBe(false);
  });

  it('when two ministries share a name but belong to different countries, then they stay apart', () => {
    const resolution = resolve([
      withCountries(article('a1')).organization('org:mfa-1', 'Ministry of Foreign Affairs', 'country:ghana'),
      withCountries(article('a2')).organization('org:mfa-2', 'Ministry of Foreign Affairs', 'country:rwanda'),
      withCountries(article('a3')).organization('org:mfa-3', 'Ministry of Foreign Affairs', 'country:ghana'),
    ]);
    expect(together(resolution, 'a1#org:mfa-1', 'a2#org:mfa-2')).toBe(false);
    expect(itemOf(resolution, 'a3#org:mfa-3')).toMatchObject({ canonicalId: 'org:mfa-1', rule: 'same-name' });
  });
});
