import { GraphQLError, parse, type ExecutionArgs } from 'graphql';
import { ResponseCache } from '../../../src/api/plugins/response-cache';
import { buildSchema } from '../../../src/api/schema';

const schema = buildSchema();
const args = (query: string, variables: Record<string, unknown> = {}): ExecutionArgs => ({
  schema,
  document: parse(query),
  variableValues: variables,
});
const result = (n: number) => ({ data: { n } });

describe('ResponseCache', () => {
  it('when the same operation and variables come again at the same version, then the kept response answers', () => {
    const cache = new ResponseCache(10);
    const key = cache.keyOf(args('{ articles { id } }'));
    cache.set(key, 'v1', result(1));
    expect(cache.get(cache.keyOf(args('{ articles { id } }')), 'v1')).toEqual(result(1));
    expect(cache.get(cache.keyOf(args('{ articles { title } }')), 'v1')).toBeUndefined();
    const search = 'query ($t: String!) { search(text: $t) { node { id } } }';
    cache.set(cache.keyOf(args(search, { t: 'Rwanda' })), 'v1', result(2));
    expect(cache.get(cache.keyOf(args(search, { t: 'Kazakhstan' })), 'v1')).toBeUndefined();
  });

  it('when the version changes, then nothing kept answers, also if the old version comes back', () => {
    const cache = new ResponseCache(10);
    const key = cache.keyOf(args('{ articles { id } }'));
    cache.set(key, 'v1', result(1));
    expect(cache.get(key, 'v2')).toBeUndefined();
    expect(cache.get(key, 'v1')).toBeUndefined();
  });

  it('when a response has errors or the graph has no version, then it is not kept', () => {
    const cache = new ResponseCache(10);
    const key = cache.keyOf(args('{ articles { id } }'));
    cache.set(key, 'v1', { data: null, errors: [new GraphQLError('no')] });
    expect(cache.get(key, 'v1')).toBeUndefined();
    cache.set(key, null, result(1));
    expect(cache.get(key, null)).toBeUndefined();
  });

  it('when more responses come than it keeps, then the least recently used goes first', () => {
    const cache = new ResponseCache(2);
    const [a, b, c] = ['{ a: articles { id } }', '{ b: articles { id } }', '{ c: articles { id } }'].map(
      (query) => cache.keyOf(args(query)),
    ) as [string, string, string];
    cache.set(a, 'v', result(1));
    cache.set(b, 'v', result(2));
    expect(cache.get(a, 'v')).toEqual(result(1));
    cache.set(c, 'v', result(3));
    expect(cache.get(b, 'v')).toBeUndefined();
    expect(cache.get(a, 'v')).toEqual(result(1));
    expect(cache.get(c, 'v')).toEqual(result(3));
  });
});
