import { toFullTextQuery } from '../../../src/graph/read/search';

describe('toFullTextQuery', () => {
  it.each([
    ['Astana Hub', 'Astana Hub'],
    ['"Astana', '\\"Astana'],
    ['Astana~2', 'Astana\\~2'],
    ['Smart* (Rwanda', 'Smart\\* \\(Rwanda'],
    ['w’Ububanyi n’Amahanga', 'w Ububanyi n Amahanga'],
    ['Rwanda AND NOT Kazakhstan', 'Rwanda and not Kazakhstan'],
    ['a:b/c\\', 'a\\:b\\/c\\\\'],
  ])('when the text is %j, then the query is %j', (text, query) => {
    expect(toFullTextQuery(text)).toBe(query);
  });

  it('when no word is left, then there is no query', () => {
    expect(toFullTextQuery(' ~ * && ')).toBeNull();
  });
});
