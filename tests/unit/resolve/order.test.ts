import type { ArticleForResolution } from '../../../src/ingest/resolve/resolution';
import { article, permutations, resolve, withCountries } from './build-article';

const minister = (builder: ReturnType<typeof article>, id: string, name: string) =>
  builder
    .person(id, name)
    .office(id, 'position:ghana-fm', 'Minister of Foreign Affairs of Ghana', 'country:ghana');

/** Four articles that repeat, misspell and contradict one another; two share a date, one has none. */
const articles: ArticleForResolution[] = [
  minister(withCountries(article('d-undated', null)), 'person:asante-mensah', 'Kwabena Asante-Mensah')
    .person('person:kagame', 'Kagame')
    .event('event:relations', { kind: 'diplomatic_relations_established', time: ['2009', 'year'] })
    .relation(['country:ghana', 'country:rwanda'], { establishedBy: 'event:relations' })
    .build(),
  minister(
    withCountries(article('b-second', '2025-05-28')),
    'person:kwabena-asante-mensa',
    'Kwabena Asante-Mensa',
  )
    .person('person:paul-kagame', 'Paul Kagame')
    .event('event:visit-27', {
      kind: 'visit',
      time: ['2025-05-27/2025-05-29', 'day'],
      participants: ['person:kwabena-asante-mensa', 'country:ghana'],
    })
    .event('event:2011', {
      kind: 'diplomatic_relations_established',
      time: ['2011', 'year'],
      participants: ['country:ghana', 'country:rwanda'],
    })
    .build(),
  minister(withCountries(article('a-second', '2025-05-28')), 'person:asante-mensah', 'Kwabena Asante-Mensah')
    .person('person:jean-kagame', 'Jean Kagame')
    .event('event:visit-28', {
      kind: 'state_visit',
      status: 'planned',
      time: ['2025-05-28/2025-05-29', 'day'],
      participants: ['person:asante-mensah', 'country:ghana'],
    })
    .relation(['country:rwanda', 'country:ghana'], { id: 'relation:gh--rw' })
    .build(),
  minister(
    withCountries(article('c-first', '2025-05-20')),
    'person:kwabena-asante-mensah',
    'Kwabena Asante Mensah',
  )
    .event('event:visit-undated', {
      kind: 'visit',
      status: 'planned',
      participants: ['person:kwabena-asante-mensah', 'country:ghana'],
    })
    .build(),
];

describe('the order of the articles', () => {
  it('when the articles come in any of their 24 orders, then the resolution is the same', () => {
    const expected = resolve(articles);
    expect(expected.problems).toEqual([]);
    for (const order of permutations(articles)) expect(resolve(order)).toEqual(expected);
  });

  it('when the result is read, then it joins what the articles share', () => {
    const { items } = resolve(articles);
    const canonical = (ref: string) =>
      items.find((item) => `${item.articleId}#${item.localId}` === ref)?.canonicalId;
    expect(canonical('b-second#person:kwabena-asante-mensa')).toBe('person:asante-mensah');
    expect(canonical('c-first#person:kwabena-asante-mensah')).toBe('person:asante-mensah');
    expect(canonical('b-second#event:visit-27')).toBe(canonical('a-second#event:visit-28'));
    expect(canonical('c-first#event:visit-undated')).toBe(canonical('a-second#event:visit-28'));
    expect(canonical('b-second#event:2011')).toBe('event:2011');
    expect(canonical('d-undated#event:relations')).toBe('event:2011');
    expect(canonical('a-second#relation:gh--rw')).toBe('relation:ghana--rwanda');
    expect(canonical('d-undated#person:kagame')).toBe('person:kagame');
    expect(items.find((item) => item.localId === 'person:kagame')?.ambiguousWith).toEqual([
      'person:jean-kagame',
      'person:paul-kagame',
    ]);
  });
});
