import { article, itemOf, resolve, together, withCountries } from './build-article';

const ghanaMinister = (id: string, date: string, personId: string, name: string) =>
  withCountries(article(id, date))
    .person(personId, name)
    .office(
      personId,
      'position:ghana-minister-of-foreign-affairs',
      'Minister of Foreign Affairs of Ghana',
      'country:ghana',
    );

describe('resolving people across articles', () => {
  it('when a minister’s name is misspelt by one letter, then both join with rule spelling', () => {
    const resolution = resolve([
      ghanaMinister('a1', '2025-05-25', 'person:kwabena-asante-mensah', 'Kwabena Asante-Mensah'),
      ghanaMinister('a2', '2025-06-03', 'person:kwabena-asante-mensa', 'Kwabena Asante-Mensa'),
      ghanaMinister('a3', '2025-06-04', 'person:kwabena-asante-mensah', 'Kwabena Asante-Mensah'),
    ]);
    const misspelt = itemOf(resolution, 'a2#person:kwabena-asante-mensa');
    expect(misspelt).toMatchObject({
      canonicalId: 'person:kwabena-asante-mensah',
      rule: 'spelling',
      matchedWith: 'a1#person:kwabena-asante-mensah',
    });
    expect(misspelt.score).toBeCloseTo(1 - 1 / 21, 3);
  });

  it('when the same misspelling names ministers of two different countries, then they stay apart', () => {
    const resolution = resolve([
      ghanaMinister('a1', '2025-05-25', 'person:kwabena-asante-mensah', 'Kwabena Asante-Mensah'),
      withCountries(article('a2', '2025-06-03'))
        .person('person:kwabena-asante-mensa', 'Kwabena Asante-Mensa')
        .office(
          'person:kwabena-asante-mensa',
          'position:rwanda-minister',
          'Minister of Trade of Rwanda',
          'country:rwanda',
        ),
    ]);
    expect(together(resolution, 'a1#person:kwabena-asante-mensah', 'a2#person:kwabena-asante-mensa')).toBe(
      false,
    );
  });

  it('when a person is named with and without middle names, then both join with rule person.name-parts', () => {
    const resolution = resolve([
      article('a1', '2025-05-25').person('person:yvette-uwase-mukankusi', 'Yvette Uwase Mukankusi'),
      article('a2', '2025-05-28').person('person:yvette-mukankusi', 'Yvette Mukankusi'),
    ]);
    // One item each: the tie goes to the alphabetically first id, so the shorter name's.
    expect(itemOf(resolution, 'a2#person:yvette-mukankusi')).toMatchObject({ rule: 'canonical', score: 1 });
    expect(itemOf(resolution, 'a1#person:yvette-uwase-mukankusi')).toMatchObject({
      canonicalId: 'person:yvette-mukankusi',
      rule: 'person.name-parts',
      score: 0.9,
      matchedWith: 'a2#person:yvette-mukankusi',
    });
  });

  it('when a president is named with and without his patronymic, then both join', () => {
    const president = (id: string, personId: string, name: string) =>
      article(id, '2025-01-01')
        .country('country:kazakhstan', 'Kazakhstan')
        .person(personId, name)
        .office(
          personId,
          'position:president-of-kazakhstan',
          'President of Kazakhstan',
          'country:kazakhstan',
        );
    const resolution = resolve([
      president('a1', 'person:kassym-jomart-tokayev', 'Kassym-Jomart Tokayev'),
      president('a2', 'person:kassym-jomart-kemeluly-tokayev', 'Kassym-Jomart Kemeluly Tokayev'),
    ]);
    const items = ['a1#person:kassym-jomart-tokayev', 'a2#person:kassym-jomart-kemeluly-tokayev'].map((ref) =>
      itemOf(resolution, ref),
    );
    expect(items[0]!.canonicalId).toBe(items[1]!.canonicalId);
    expect(items.map((item) => item.rule).sort()).toEqual(['canonical', 'person.name-parts']);
  });

  it('when two different people share only a surname, then they stay apart', () => {
    const resolution = resolve([
      article('a1').person('person:paul-kagame', 'Paul Kagame'),
      article('a2').person('person:jean-kagame', 'Jean Kagame'),
    ]);
    expect(together(resolution, 'a1#person:paul-kagame', 'a2#person:jean-kagame')).toBe(false);
  });

  it('when two people differ by one letter of their given names, then they stay apart (not a misspelling)', () => {
    const resolution = resolve([
      article('a1').person('person:jean-kagame', 'Jean Kagame'),
      article('a2').person('person:joan-kagame', 'Joan Kagame'),
    ]);
    expect(together(resolution, 'a1#person:jean-kagame', 'a2#person:joan-kagame')).toBe(false);
  });

  it('when a bare surname fits two different full names, then it joins neither and says so', () => {
    const resolution = resolve([
      article('a1').person('person:paul-kagame', 'Paul Kagame'),
      article('a2').person('person:jean-kagame', 'Jean Kagame'),
      article('a3').person('person:kagame', 'Perezida Kagame'),
    ]);
    const bare = itemOf(resolution, 'a3#person:kagame');
    expect(bare).toMatchObject({ canonicalId: 'person:kagame', rule: 'canonical' });
    expect(bare.ambiguousWith).toEqual(['person:jean-kagame', 'person:paul-kagame']);
  });

  it('when a bare surname fits one full name only, then it joins it', () => {
    const resolution = resolve([
      article('a1').person('person:paul-kagame', 'Paul Kagame'),
      article('a2').person('person:kagame', 'Kagame'),
    ]);
    expect(itemOf(resolution, 'a2#person:kagame')).toMatchObject({
      canonicalId: 'person:kagame',
      rule: 'canonical',
    });
    expect(itemOf(resolution, 'a1#person:paul-kagame')).toMatchObject({ rule: 'person.name-parts' });
  });

  it('when bare surnames join one another, then a group with two conflicting full names is never made', () => {
    const resolution = resolve([
      article('a1').person('person:paul-kagame', 'Paul Kagame'),
      article('a2').person('person:kagame', 'Kagame'),
      article('a3').person('person:jean-kagame', 'Jean Kagame'),
      article('a4').person('person:kagame-2', 'Kagame'),
    ]);
    expect(together(resolution, 'a1#person:paul-kagame', 'a3#person:jean-kagame')).toBe(false);
    expect(itemOf(resolution, 'a4#person:kagame-2')).toMatchObject({
      rule: 'same-name',
      matchedWith: 'a2#person:kagame',
    });
  });

  it('when two items of one article have the same name, then they stay two (the article says so)', () => {
    const resolution = resolve([
      article('a1').person('person:habimana-1', 'Habimana').person('person:habimana-2', 'Habimana'),
    ]);
    expect(together(resolution, 'a1#person:habimana-1', 'a1#person:habimana-2')).toBe(false);
  });

  it('when the same id is used in two articles, then the later one joins with rule same-id', () => {
    const resolution = resolve([
      article('b', '2025-02-01').person('person:x', 'X Y'),
      article('a', '2025-01-01').person('person:x', 'Someone Else'),
    ]);
    expect(itemOf(resolution, 'a#person:x')).toMatchObject({ rule: 'canonical', score: 1 });
    expect(itemOf(resolution, 'b#person:x')).toMatchObject({ rule: 'same-id', matchedWith: 'a#person:x' });
    expect(resolution.entities).toEqual([
      { id: 'person:x', kind: 'Person', name: 'Someone Else', nameEn: 'Someone Else' },
    ]);
  });

  it('when a bare surname names office holders of two different countries, then they stay apart', () => {
    const holder = (id: string, personId: string, country: string) =>
      withCountries(article(id))
        .person(personId, 'Minisitiri Habimana')
        .office(personId, 'position:minister', 'Minister', country);
    const resolution = resolve([
      holder('a1', 'person:habimana', 'country:rwanda'),
      holder('a2', 'person:habimana-gh', 'country:ghana'),
      holder('a3', 'person:habimana-rw', 'country:rwanda'),
    ]);
    expect(together(resolution, 'a1#person:habimana', 'a2#person:habimana-gh')).toBe(false);
    expect(itemOf(resolution, 'a3#person:habimana-rw')).toMatchObject({
      rule: 'same-name',
      matchedWith: 'a1#person:habimana',
    });
  });
});
