import { buildSchema, parse } from 'graphql';
import { selectionOrderMismatches } from '../../support/selection-order';

const schema = buildSchema(`
  interface Named { name: String }
  type Person implements Named { name: String age: Int }
  type Place implements Named { name: String size: Int }
  union Thing = Person | Place
  type Query { things: [Thing] person: Person }
`);

const check = (query: string, data: unknown, operationName?: string) =>
  selectionOrderMismatches(parse(query), data, { schema, ...(operationName ? { operationName } : {}) });

describe('selectionOrderMismatches', () => {
  it('when every object keeps the selection order, then there is no mismatch', () => {
    expect(check('{ person { name age } }', { person: { name: 'Ana', age: 3 } })).toEqual([]);
  });

  it('when two keys are swapped, then the mismatch names the path and both orders', () => {
    expect(check('{ person { name age } }', { person: { age: 3, name: 'Ana' } })).toEqual([
      { path: 'data.person', expected: ['name', 'age'], actual: ['age', 'name'] },
    ]);
  });

  it('when fields are aliased, then the aliases are the keys, in their order', () => {
    const query = '{ b: person { name } a: person { years: age name } }';
    expect(check(query, { b: { name: 'x' }, a: { years: 1, name: 'x' } })).toEqual([]);
    expect(check(query, { a: { years: 1, name: 'x' }, b: { name: 'x' } })).toEqual([
      { path: 'data', expected: ['b', 'a'], actual: ['a', 'b'] },
    ]);
  });

  it('when a named fragment is spread, then its fields take the place of the spread', () => {
    const query = 'query Q { person { age ...N } } fragment N on Person { name }';
    expect(check(query, { person: { age: 1, name: 'x' } })).toEqual([]);
    expect(check(query, { person: { name: 'x', age: 1 } })).toHaveLength(1);
  });

  it('when a key is selected twice, then it keeps its first place and merges its sub-selections', () => {
    const query = '{ person { name } things { __typename } person { age name } }';
    const data = { person: { name: 'x', age: 1 }, things: [] };
    expect(check(query, data)).toEqual([]);
    expect(check(query, { person: { age: 1, name: 'x' }, things: [] })).toEqual([
      { path: 'data.person', expected: ['name', 'age'], actual: ['age', 'name'] },
    ]);
  });

  it('when list items are objects, then each item is checked with its index in the path', () => {
    const query = '{ things { ... on Named { name } ... on Person { age } } }';
    const data = {
      things: [
        { name: 'x', age: 1 },
        { age: 2, name: 'y' },
      ],
    };
    expect(check(query, data).map((mismatch) => mismatch.path)).toEqual(['data.things[1]']);
  });

  it('when a fragment is on another type, then its place does not count for this object', () => {
    // CollectFields on a Place skips the Person fragment, so `size` comes before `name` here.
    const query = '{ things { __typename ... on Person { name } size: __typename ... on Place { name } } }';
    expect(check(query, { things: [{ __typename: 'Place', size: 'Place', name: 'p' }] })).toEqual([]);
    expect(check(query, { things: [{ __typename: 'Person', name: 'a', size: 'Person' }] })).toEqual([]);
    expect(check(query, { things: [{ __typename: 'Place', name: 'p', size: 'Place' }] })).toHaveLength(1);
  });

  it('when keys are missing (skipped, null parents), then only the order of the others counts', () => {
    const query = '{ person { name @skip(if: true) age } things { name: __typename } }';
    expect(check(query, { person: { age: 1 }, things: null })).toEqual([]);
    expect(check(query, { person: null, things: [null] })).toEqual([]);
  });

  it('when an object has a key nobody selected, then that is a mismatch', () => {
    expect(check('{ person { name } }', { person: { name: 'x', age: 1 } })).toEqual([
      { path: 'data.person', expected: ['name', 'age'], actual: ['name', 'age'] },
    ]);
  });

  it('when the document has several operations, then the named one is followed', () => {
    const query = 'query A { person { name age } } query B { person { age name } }';
    expect(check(query, { person: { age: 1, name: 'x' } }, 'B')).toEqual([]);
    expect(check(query, { person: { age: 1, name: 'x' } }, 'A')).toHaveLength(1);
  });

  it('when a spread fragment is not defined or the operation is missing, then it says so', () => {
    expect(() => check('{ person { ...Missing } }', { person: {} })).toThrow(/fragment Missing/);
    expect(() => check('query A { person { name } }', {}, 'B')).toThrow(/no operation B/);
  });
});
