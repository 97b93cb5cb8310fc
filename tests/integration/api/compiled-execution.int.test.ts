import { execute, getIntrospectionQuery, parse, type DocumentNode, type ExecutionResult } from 'graphql';
import { createContext } from '../../../src/api/context';
import { createCompiledExecute } from '../../../src/api/plugins/compiled-execution';
import { buildSchema } from '../../../src/api/schema';
import { loadArticles } from '../../../src/ingest/load-articles';
import { countingTestDatabase, testApi, type CountingDatabase } from '../../support/api';
import { SEED_ARTICLE_FOLDER } from '../../support/article';
import { emptyDatabase } from '../../support/graph';
import { memoryLogger } from '../../support/logger';
import { testConfig } from '../../support/neo4j';
import {
  loadGraphOfShownOperations,
  SHOWN_OPERATIONS,
  type ShownOperation,
} from '../../support/shown-operations';

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
  {
    name: 'one value where a list is expected, and a resolver refusing an argument',
    query: `{
      typed: search(text: "Rwanda", types: COUNTRY) { node { id } }
      empty: search(text: " ") { score }
    }`,
    variables: {},
  },
  {
    name: 'a variable of the wrong type',
    query: 'query ($n: Int) { search(text: "Astana", first: $n) { score } }',
    variables: { n: 'ten' },
  },
  { name: 'the introspection query GraphiQL sends', query: getIntrospectionQuery(), variables: {} },
];

/**
 * The API executes compiled queries (src/api/plugins/compiled-execution.ts). Each operation here
 * runs both ways over the same graph, each with its own context as a request would have: the
 * two results, errors included, must be the same JSON, and the reads made the same.
 */
describe('compiled execution answers as graphql-js does', () => {
  let database: CountingDatabase;
  const schema = buildSchema();
  const log = memoryLogger('error');

  beforeAll(async () => {
    database = countingTestDatabase();
    await loadGraphOfShownOperations(database);
  });

  afterAll(() => database.close());

  const executeCompiled = createCompiledExecute(log.logger);
  // One parsed document per text, as Yoga's parse cache gives: a document asked again with other
  // variables runs the query compiled the first time.
  const documents = new Map<string, DocumentNode>();
  const documentOf = (query: string) =>
    documents.get(query) ?? documents.set(query, parse(query)).get(query)!;

  /** The answer as the response carries it, and the reads it made. */
  async function run(how: 'graphql-js' | 'compiled', { query, variables }: ShownOperation) {
    const args = {
      schema,
      document: documentOf(query),
      contextValue: createContext({ database, logger: log.logger, requestId: how, readTimeoutMs: 10_000 }),
      variableValues: variables,
    };
    database.reset();
    try {
      const result: ExecutionResult = await (how === 'graphql-js' ? execute(args) : executeCompiled(args));
      // Errors of fields resolved side by side come in whichever order they failed, with either executor.
      const errors =
        result.errors && [...result.errors].sort((a, b) => String(a.path).localeCompare(String(b.path)));
      // The order of `data` and `errors` themselves is the serializer's business, not the executor's.
      return { json: JSON.stringify({ data: result.data, errors }), reads: [...database.units].sort() };
    } finally {
      await args.contextValue.reads.close();
    }
  }

  it.each([...SHOWN_OPERATIONS, ...EDGE_OPERATIONS].map((operation) => [operation.name, operation] as const))(
    'when %s runs compiled and with graphql-js, then both answer the same',
    async (_name, operation) => {
      const expected = await run('graphql-js', operation);
      expect(await run('compiled', operation)).toEqual(expected);
    },
  );

  it('when the edge operations run, then they reach data, nulls, field errors and request errors', async () => {
    const answers: { data?: Record<string, unknown> | null; errors?: { path?: unknown }[] }[] = [];
    for (const operation of EDGE_OPERATIONS)
      answers.push(JSON.parse((await run('graphql-js', operation)).json));
    expect(answers[0]?.data).toEqual({
      b: expect.objectContaining({ id: 'country:rwanda', nameEn: 'Rwanda' }),
    });
    expect(answers[1]?.data).toEqual({ a: expect.not.objectContaining({ nameEn: expect.anything() }) });
    expect(answers[2]?.data?.['nodes']).toEqual([expect.anything(), null, expect.anything()]);
    expect(answers.some((answer) => (answer.errors?.length ?? 0) >= 2 && answer.data)).toBe(true);
    expect(answers.some((answer) => answer.errors?.length === 1 && answer.data === undefined)).toBe(true);
  });
});

/** Through the HTTP app, where Yoga's parse cache, plugins and error mask meet the compiled execution. */
describe('compiled execution behind the HTTP API', () => {
  let database: CountingDatabase;
  const log = memoryLogger('warn');
  async function post(body: Record<string, unknown>) {
    const response = await testApi(database, testConfig(), log.logger).app.fetch('http://api.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  }

  beforeAll(async () => {
    database = countingTestDatabase();
    await emptyDatabase(database);
    await loadArticles(database, [SEED_ARTICLE_FOLDER]);
  });

  afterAll(() => database.close());

  it('when one document holds two operations, then each name runs its own, and an unknown name spoils nothing', async () => {
    const query = `query Rwanda { node(id: "country:rwanda") { id } }
      query Kazakhstan { node(id: "country:kazakhstan") { id } }`;
    expect((await post({ query, operationName: 'Rwanda' })).body.data).toEqual({
      node: { id: 'country:rwanda' },
    });
    expect((await post({ query, operationName: 'Kazakhstan' })).body.data).toEqual({
      node: { id: 'country:kazakhstan' },
    });
    const unknown = await post({ query, operationName: 'Nope' });
    expect(unknown.body.errors?.[0]?.message).toMatch(/Could not determine what operation/);
    expect((await post({ query, operationName: 'Rwanda' })).body.data).toEqual({
      node: { id: 'country:rwanda' },
    });
  });

  it('when a one-operation document is asked under a wrong name, then it is refused, and then answered under its own', async () => {
    const query = 'query Rwanda { node(id: "country:rwanda") { id } }';
    expect((await post({ query })).body.data).toEqual({ node: { id: 'country:rwanda' } });
    expect((await post({ query, operationName: 'Other' })).body.errors?.[0]?.message).toMatch(
      /Could not determine what operation/,
    );
    expect((await post({ query, operationName: 'Rwanda' })).body.data).toEqual({
      node: { id: 'country:rwanda' },
    });
  });

  it('when a field fails or a variable is wrong, then the response says where in the document, as graphql-js did', async () => {
    const query = [
      'query ($n: Int) {',
      '  found: node(id: "country:rwanda") { id }',
      '  same: bilateralRelation(countryA: "country:rwanda", countryB: "country:rwanda") { id }',
      '  hits: search(text: "Astana", first: $n) { score }',
      '}',
    ].join('\n');
    const failed = await post({ query, variables: { n: 2 } });
    expect(failed.body.errors).toEqual([
      expect.objectContaining({
        path: ['same'],
        locations: [{ line: 3, column: 3 }],
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }),
      }),
    ]);
    expect(failed.body.data).toEqual({
      found: { id: 'country:rwanda' },
      same: null,
      hits: [expect.anything(), expect.anything()],
    });
    const refused = await post({ query, variables: { n: 'two' } });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/^Variable "\$n" got invalid value "two"; Int cannot represent/),
        locations: [{ line: 1, column: 8 }],
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }),
      }),
    ]);
    expect(log.at('warn')).toEqual([]);
  });
});
