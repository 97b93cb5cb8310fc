import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { parse, validate } from 'graphql';
import { operationCost } from '../../../src/api/plugins/operation-cost';
import { buildSchema } from '../../../src/api/schema';

const schema = buildSchema();

/** The cost graphql-armor's cost-limit rule finds for an operation, as operation-limits.ts runs it. */
function armorCost(query: string): number {
  let found = NaN;
  validate(schema, parse(query), [
    costLimitRule({ maxCost: 1e9, onAccept: [(_context, { n }) => (found = n)] }),
  ]);
  return found;
}

describe('operationCost', () => {
  it.each([
    ['scalars', '{ status { database } }'],
    ['a literal page', '{ events(first: 10) { edges { node { id name time { value } } } } }'],
    ['fragments', '{ node(id: "x") { ...F } } fragment F on Entity { id name aliases }'],
    ['inline fragments', '{ node(id: "x") { id ... on Entity { name mentions { text } } } }'],
  ])(
    'when an operation has no lists nor variables (%s), then the cost is graphql-armor’s',
    (_case, query) => {
      expect(operationCost(parse(query), undefined, {})).toBe(armorCost(query));
    },
  );

  it('when a page size comes from a variable, then it multiplies the cost as a literal does', () => {
    const literal = '{ events(first: 10) { edges { node { id name } } } }';
    const variable = 'query($n: Int) { events(first: $n) { edges { node { id name } } } }';
    expect(operationCost(parse(variable), undefined, { n: 10 })).toBe(armorCost(literal));
    expect(armorCost(variable)).toBeLessThan(armorCost(literal));
  });

  it('when a list argument holds n items, literal or variable, then the field costs n times as much', () => {
    const one = operationCost(parse('{ nodes(ids: ["a"]) { id } }'), undefined, {});
    expect(operationCost(parse('{ nodes(ids: ["a", "b", "c"]) { id } }'), undefined, {})).toBe(3 * one);
    const ids = Array.from({ length: 1000 }, (_, i) => `country:c${i}`);
    expect(operationCost(parse('query($ids: [ID!]!) { nodes(ids: $ids) { id } }'), undefined, { ids })).toBe(
      1000 * one,
    );
  });

  it('when the document has several operations, then the one named is costed', () => {
    const document = parse('query Small { status { database } } query Big { nodes(ids: ["a", "b"]) { id } }');
    expect(operationCost(document, 'Small', {})).toBe(armorCost('{ status { database } }'));
    expect(operationCost(document, 'Big', {})).toBe(armorCost('{ nodes(ids: ["a", "b"]) { id } }') * 2);
  });
});
