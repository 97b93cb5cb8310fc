import { makeExecutableSchema } from '@graphql-tools/schema';
import { execute, parse, Source, type ExecutionArgs } from 'graphql';
import { createCompiledExecute, positionOf } from '../../../src/api/plugins/compiled-execution';
import { memoryLogger } from '../../support/logger';

const schema = makeExecutableSchema({
  typeDefs: 'type Query { events(first: Int): Int, ok: String }',
  resolvers: {
    Query: {
      events: () => {
        throw new TypeError('secret internal detail');
      },
      ok: () => 'yes',
    },
  },
});

describe('compiled execution', () => {
  const both = async (query: string, variables: Record<string, unknown> = {}, operationName?: string) => {
    const log = memoryLogger('warn');
    const args: ExecutionArgs = { schema, document: parse(query), variableValues: variables, operationName };
    const compiled = await createCompiledExecute(log.logger)(args);
    return {
      compiled: JSON.parse(JSON.stringify(compiled)),
      graphqlJs: JSON.parse(JSON.stringify(await execute(args))),
      log,
    };
  };

  it('when a resolver fails, then its error has the AST-free place graphql-js would give, from the source', async () => {
    const { compiled, graphqlJs } = await both('{\n  ok\n  events\n}');
    expect(compiled).toEqual(graphqlJs);
    expect(compiled.errors).toEqual([
      { message: 'secret internal detail', locations: [{ line: 3, column: 3 }], path: ['events'] },
    ]);
  });

  it('when a variable has the wrong type, then the refusal is worded as graphql-js words it', async () => {
    const { compiled, graphqlJs } = await both('query ($n: Int) { events(first: $n) }', { n: 'ten' });
    expect(compiled).toEqual(graphqlJs);
    expect(compiled.data).toBeUndefined();
  });

  it('when a document holds two operations, then the one named runs', async () => {
    const query = 'query A { ok } query B { events }';
    const { compiled, graphqlJs, log } = await both(query, {}, 'A');
    expect(compiled).toEqual({ data: { ok: 'yes' } });
    expect(compiled).toEqual(graphqlJs);
    expect(log.entries).toEqual([]);
  });

  it('when a one-operation document is run under another name, then it is refused as graphql-js refuses it', async () => {
    const { compiled, graphqlJs } = await both('query A { ok }', {}, 'B');
    expect(compiled).toEqual(graphqlJs);
    expect(compiled.errors?.[0]?.message).toMatch(/"B"/);
  });

  it.each([
    ['\n', 3, 3, 8],
    ['\r\n', 3, 3, 10],
    ['\r', 3, 3, 8],
    ['\n', 1, 5, 4],
  ])('when lines end with %j, then line %i column %i is offset %i', (lineEnd, line, column, offset) => {
    const source = new Source(['{', ' ok', '  events', '}'].join(lineEnd));
    expect(positionOf(source, { line, column })).toBe(offset);
  });
});
