import { execute, parse, type ExecutionResult } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { createContext } from '../../../src/api/context';
import { buildSchema } from '../../../src/api/schema';
import { loadArticles } from '../../../src/ingest/load-articles';
import { countingTestDatabase, type CountingDatabase } from '../../support/api';
import { SEED_ARTICLE_FOLDER } from '../../support/article';
import { emptyDatabase } from '../../support/graph';
import { memoryLogger } from '../../support/logger';
import { SHOWN_OPERATIONS, type ShownOperation } from '../../support/shown-operations';
import { MANY_SOURCES_FOLDERS } from './many-sources-fixtures';

/**
 * Operations where a compiling executor is most likely to part from graphql-js: @skip/@include
 * on a fragment spread reached by two paths, abstract types, aliases of one field with other
 * arguments, defaults, nulls, and field errors next to data.
 */
const EDGE_OPERATIONS: ShownOperation[] = [
  ...[true, false].map((on) => ({
    name: `@skip and @include around one fragment, on=${on}`,
    query: `query ($on: Boolean!) {
      a: node(id: "country:rwanda") @skip(if: $on) { ...Named }
      b: node(id: "country:rwanda") @include(if: $on) { ...Named }
    }
    fragment Named on Node { id ... on Entity { name ... @include(if: $on) { nameEn } } }`,
    variables: { on },
  })),
  {
    name: 'abstract types, unknown ids and __typename',
    query: `{
      nodes(ids: ["country:rwanda", "nobody:here", "person:murat-nurtleu"]) {
        __typename id
        ... on Actor { name }
        ... on Country { nameEn }
      }
    }`,
    variables: {},
  },
  {
    name: 'one field under two aliases with other arguments, defaults and a variable list',
    query: `query ($types: [EntityType!]) {
      few: search(text: "Astana", first: 1) { score node { id __typename } }
      all: search(text: "Astana") { node { id } }
      typed: search(text: "Rwanda", types: $types) { node { id name } }
    }`,
    variables: { types: ['COUNTRY'] },
  },
  {
    name: 'field errors beside data',
    query: `{
      found: node(id: "country:kazakhstan") { id }
      tooFar: shortestPath(from: "country:rwanda", to: "country:kazakhstan", maxHops: 99) { truncated }
      unknown: bilateralRelation(countryA: "country:rwanda", countryB: "nobody:here") { id }
      missing: node(id: "nobody:here") { id }
    }`,
    variables: {},
  },
  {
    name: 'connections, enums and JSON properties',
    query: `{
      events(first: 3, orderBy: TIME_DESC) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { cursor node { id name status } }
      }
      neighborhood(id: "person:murat-nurtleu", depth: 1, limit: 5) {
        nodes { id type labels displayName properties }
        edges { type source target }
      }
    }`,
    variables: {},
  },
];

/**
 * The API executes compiled queries (src/api/plugins/compiled-execution.ts). Each operation here
 * runs both ways over the same graph, each with its own context as a request would have, and
 * the two results, errors included, must be the same JSON.
 */
describe('compiled execution answers as graphql-js does', () => {
  let database: CountingDatabase;
  const schema = buildSchema();
  const log = memoryLogger('error');

  beforeAll(async () => {
    database = countingTestDatabase();
    await emptyDatabase(database);
    await loadArticles(database, [SEED_ARTICLE_FOLDER, ...MANY_SOURCES_FOLDERS]);
  });

  afterAll(() => database.close());

  async function run(how: 'graphql-js' | 'compiled', { query, variables }: ShownOperation): Promise<unknown> {
    const document = parse(query);
    const context = createContext({ database, logger: log.logger, requestId: how, readTimeoutMs: 10_000 });
    try {
      let result: ExecutionResult;
      if (how === 'graphql-js') {
        result = await execute({ schema, document, contextValue: context, variableValues: variables });
      } else {
        const compiled = compileQuery(schema, document, undefined, {
          useExperimentalPathBasedSkipInclude: true,
        });
        if (!isCompiledQuery(compiled)) throw new Error(`not compiled: ${JSON.stringify(compiled.errors)}`);
        result = await compiled.query(undefined, context, variables);
      }
      // As the response would carry it: key order kept, errors in their JSON form. The order of
      // `data` and `errors` themselves is the serializer's business, not the executor's.
      return JSON.parse(JSON.stringify({ data: result.data, errors: result.errors }));
    } finally {
      await context.reads.close();
    }
  }

  it.each([...SHOWN_OPERATIONS, ...EDGE_OPERATIONS].map((operation) => [operation.name, operation] as const))(
    'when %s runs compiled and with graphql-js, then both answer the same',
    async (_name, operation) => {
      const expected = await run('graphql-js', operation);
      expect(JSON.stringify(await run('compiled', operation))).toBe(JSON.stringify(expected));
    },
  );

  it('when the edge operations run, then they reach data, nulls and field errors', async () => {
    const answers = (await Promise.all(EDGE_OPERATIONS.map((operation) => run('graphql-js', operation)))) as {
      data?: Record<string, unknown>;
      errors?: unknown[];
    }[];
    expect(answers.every((answer) => answer.data !== undefined)).toBe(true);
    expect(answers.some((answer) => (answer.errors ?? []).length >= 2)).toBe(true);
    expect(answers[0]?.data).toEqual({
      b: expect.objectContaining({ id: 'country:rwanda', nameEn: 'Rwanda' }),
    });
    expect(answers[1]?.data).toEqual({ a: expect.not.objectContaining({ nameEn: expect.anything() }) });
  });
});
