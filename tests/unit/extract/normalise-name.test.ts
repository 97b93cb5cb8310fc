import { IdAllocator, slugify } from '../../../src/extract/draft/ids';
import { nameWords, normaliseName } from '../../../src/names/normalise-name';

describe('names as compared across articles', () => {
  it.each([
    ['u Rwanda', 'rwanda'],
    ['y’u Rwanda', 'rwanda'],
    ["w'u Rwanda", 'rwanda'],
    ['muri Kazakhstan', 'kazakhstan'],
    ['Türkiye', 'turkiye'],
    ['TURKIYE', 'turkiye'],
    ['Kassym-Jomart Tokayev', 'kassym jomart tokayev'],
    ['Minisiteri y’Ububanyi n’Amahanga', 'minisiteri y ububanyi n amahanga'],
  ])('when "%s" is normalised, then it reads "%s"', (name, expected) => {
    expect(normaliseName(name)).toBe(expected);
  });

  it('when a lower-case word is not followed by a capitalised name, then it is kept', () => {
    expect(normaliseName('ubucuruzi')).toBe('ubucuruzi');
    expect(normaliseName('mu bucuruzi')).toBe('mu bucuruzi');
  });

  it('when a name is long and lower case, then normalising it stays linear (no backtracking blow-up)', () => {
    const long = `${'ubufatanye '.repeat(2000)}x`;
    expect(normaliseName(long).split(' ')).toHaveLength(2001);
  });

  it('when words of a name are asked for, then hyphenated given names split', () => {
    expect(nameWords('Kassym-Jomart Tokayev')).toEqual(['kassym', 'jomart', 'tokayev']);
  });
});

describe('ids for drafted items', () => {
  it('when a name has diacritics, apostrophes and spaces, then its slug is plain', () => {
    expect(slugify('Mehmet Öztunalı')).toBe('mehmet-oztunali');
    expect(slugify('Minisiteri y’Ububanyi')).toBe('minisiteri-yububanyi');
  });

  it('when a readable id is taken, then the next one gets a number', () => {
    const ids = new IdAllocator();
    ids.reserve('event:visit');
    expect(ids.allocate('event', ['visit'])).toBe('event:visit-2');
    expect(ids.allocate('event', ['visit'])).toBe('event:visit-3');
    expect(ids.allocate('event', [''])).toBe('event:unnamed');
  });
});
