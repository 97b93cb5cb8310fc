import type { GraphQLSchema } from 'graphql';
import { randomOperation, type GeneratedOperation, type KnownValues } from './operations';
import type { SeededRandom as Random } from '../support/seeded-random';
import { hostileString } from './values';

/** One HTTP request of the fuzz run, and what is needed to judge its response. */
export interface FuzzRequest {
  kind: string;
  method: string;
  /** Path and query string. */
  target: string;
  headers: Record<string, string>;
  body?: string;
  /** Strings the request carries: an error that repeats one of them is an echo, not a leak. */
  sent: string[];
  /** The operation, when the response should hold its data in selection order. */
  operation?: GeneratedOperation;
}

const ACCEPTS = [
  'application/graphql-response+json',
  'application/json',
  'application/graphql-response+json, application/json;q=0.9',
  '*/*',
  'text/html',
  'text/event-stream',
  'multipart/mixed',
  'application/xml',
];

const WRONG_CONTENT_TYPES = [
  'text/plain',
  'application/xml',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/graphql',
  'application/json; charset=latin1',
  'application/json; charset=utf-16',
  '',
  '\u00ff/\u00ff',
];

const MALFORMED_BODIES = [
  '',
  '{',
  '{"query": "{ status { neo4j } }"',
  '{"query": "{ status { neo4j } }"} trailing',
  'null',
  '[]',
  '123',
  '"{ status { neo4j } }"',
  '{"query": 5}',
  '{"query": null}',
  '{"query": ["{ status { neo4j } }"]}',
  '{"query": "{ status { neo4j } }", "variables": "not an object"}',
  '{"query": "{ status { neo4j } }", "variables": [1, 2]}',
  '{"query": "{ status { neo4j } }", "extensions": "x"}',
  '{"query": "{ status { neo4j } }", "operationName": 7}',
  '{"query": "{ status { neo4j } }", "__proto__": {"polluted": true}}',
  '{"query": "{ status { neo4j } }", "constructor": {"prototype": {"polluted": true}}}',
  '\u0000\u0001\u0002',
  '\ufeff{"query": "{ status { neo4j } }"}',
  '{"query": "\\ud800"}',
  `{"a": ${'['.repeat(5_000)}${']'.repeat(5_000)}}`,
];

const INVALID_DOCUMENTS = [
  '',
  '{',
  '}',
  'query',
  '{ nothingHere }',
  '{ status }',
  '{ status { neo4j neo4j(x: 1) } }',
  'mutation { status { neo4j } }',
  'subscription { status { neo4j } }',
  'query A { status { neo4j } } query A { status { neo4j } }',
  'query A { status { neo4j } } query B { articles { id } }',
  '{ node(id: 5) { id } }',
  '{ node { id } }',
  'query($x: ID!) { node(id: $x) { id } }',
  'query($x: Nope) { node(id: $x) { id } }',
  '{ ...F } fragment F on Query { ...F }',
  '{ __schema { types { name fields { name type { name ofType { name ofType { name } } } } } } }',
  `{ ${'status { neo4j } '.repeat(200)} }`,
  `{ ${'a: '.repeat(1)}${Array.from({ length: 50 }, (_, i) => `x${i}: status { neo4j }`).join(' ')} }`,
  `{ node(id: "x") { ${'... on Person { positions { position { holders { person { '.repeat(20)} id ${'} } } } }'.repeat(20)} } }`,
  '{ status @skip(if: "yes") { neo4j } }',
  '{ status @unknown { neo4j } }',
  '# only a comment',
];

/** A random request: a valid operation most of the time, the rest every way a client can go wrong. */
export function randomRequest(schema: GraphQLSchema, known: KnownValues, random: Random): FuzzRequest {
  return random.weighted<() => FuzzRequest>([
    [50, () => postOperation(schema, known, random)],
    [8, () => getOperation(schema, known, random)],
    [8, () => invalidDocument(schema, known, random)],
    [5, () => wrongContentType(random)],
    [4, () => wrongMethod(random)],
    [8, () => malformedJson(random)],
    [1, () => oversizedBody(random)],
    [4, () => batched(schema, known, random)],
    [5, () => hostileQueryString(random)],
    [3, () => otherPath(random)],
  ])();
}

/** What a client posts: the operation without the fuzzer's own notes. */
function payload({ query, variables, operationName }: GeneratedOperation) {
  return { query, variables, ...(operationName ? { operationName } : {}) };
}

function json(accept: string, contentType = 'application/json'): Record<string, string> {
  return contentType ? { accept, 'content-type': contentType } : { accept };
}

function postOperation(schema: GraphQLSchema, known: KnownValues, random: Random): FuzzRequest {
  const operation = randomOperation(schema, known, random);
  return {
    kind: 'operation (POST)',
    method: 'POST',
    target: '/graphql',
    headers: json(random.pick(ACCEPTS.slice(0, 4))),
    body: JSON.stringify(payload(operation)),
    sent: operation.sent,
    operation,
  };
}

function getOperation(schema: GraphQLSchema, known: KnownValues, random: Random): FuzzRequest {
  const operation = randomOperation(schema, known, random);
  const params = new URLSearchParams({ query: operation.query });
  if (Object.keys(operation.variables).length > 0)
    params.set('variables', JSON.stringify(operation.variables));
  if (operation.operationName) params.set('operationName', operation.operationName);
  return {
    kind: 'operation (GET)',
    method: 'GET',
    target: `/graphql?${params.toString()}`,
    headers: { accept: random.pick(ACCEPTS) },
    sent: operation.sent,
    operation,
  };
}

/** A broken document: one of a list, or a valid one with a slice cut out or a hostile string put in. */
function invalidDocument(schema: GraphQLSchema, known: KnownValues, random: Random): FuzzRequest {
  let query = random.pick(INVALID_DOCUMENTS);
  if (random.chance(0.5)) {
    const valid = randomOperation(schema, known, random).query;
    const cut = random.int(0, valid.length - 1);
    query = random.chance(0.5)
      ? valid.slice(0, cut) + valid.slice(cut + random.int(1, 20))
      : valid.slice(0, cut) + hostileString(random) + valid.slice(cut);
  }
  return {
    kind: 'invalid document',
    method: 'POST',
    target: '/graphql',
    headers: json(random.pick(ACCEPTS.slice(0, 4))),
    body: JSON.stringify({ query }),
    sent: [query],
  };
}

function wrongContentType(random: Random): FuzzRequest {
  const body = random.chance(0.5) ? '{"query": "{ status { neo4j } }"}' : '{ status { neo4j } }';
  return {
    kind: 'wrong content type',
    method: 'POST',
    target: '/graphql',
    headers: json(random.pick(ACCEPTS), random.pick(WRONG_CONTENT_TYPES)),
    body,
    sent: [body],
  };
}

function wrongMethod(random: Random): FuzzRequest {
  const method = random.pick(['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD']);
  const withBody = method !== 'HEAD' && random.chance(0.7);
  return {
    kind: 'wrong method',
    method,
    target: random.pick(['/graphql', '/graphql?query=%7Bstatus%7Bneo4j%7D%7D', '/health', '/ready', '/']),
    headers: json(random.pick(ACCEPTS)),
    ...(withBody ? { body: '{"query": "{ status { neo4j } }"}' } : {}),
    sent: [],
  };
}

function malformedJson(random: Random): FuzzRequest {
  const body = random.chance(0.8) ? random.pick(MALFORMED_BODIES) : `{"query": "${hostileString(random)}`;
  return {
    kind: 'malformed JSON',
    method: 'POST',
    target: '/graphql',
    headers: json(random.pick(ACCEPTS.slice(0, 4))),
    body,
    sent: [body],
  };
}

/** A body of 1.5 to 12 MB: a valid operation with a huge variable, or huge junk. */
function oversizedBody(random: Random): FuzzRequest {
  const size = random.int(1_500_000, 12_000_000);
  const body = random.chance(0.5)
    ? JSON.stringify({
        query: 'query($t: String!) { search(text: $t) { score } }',
        variables: { t: 'x'.repeat(size) },
      })
    : JSON.stringify({ query: `{ status { neo4j } } #${'#'.repeat(size)}` });
  return {
    kind: 'oversized body',
    method: 'POST',
    target: '/graphql',
    headers: json('application/json'),
    body,
    sent: [],
  };
}

function batched(schema: GraphQLSchema, known: KnownValues, random: Random): FuzzRequest {
  const operations = Array.from({ length: random.pick([2, 3, 50]) }, () =>
    randomOperation(schema, known, random),
  );
  return {
    kind: 'batched array body',
    method: 'POST',
    target: '/graphql',
    headers: json(random.pick(ACCEPTS.slice(0, 4))),
    body: JSON.stringify(operations.map(payload)),
    sent: operations.flatMap((operation) => operation.sent),
  };
}

/** GET with odd parameters: repeated, empty, hostile, very long, or not a query at all. */
function hostileQueryString(random: Random): FuzzRequest {
  const value = hostileString(random).slice(0, random.pick([100, 4_000, 60_000]));
  // URLSearchParams, unlike encodeURIComponent, takes lone surrogates (as U+FFFD).
  const encoded = new URLSearchParams({ v: value }).toString().slice(2);
  const target = random.pick([
    `/graphql?query=${encoded}`,
    `/graphql?query=%7Bstatus%7Bneo4j%7D%7D&query=%7Barticles%7Bid%7D%7D`,
    `/graphql?query=%7Bstatus%7Bneo4j%7D%7D&variables=${encoded}`,
    `/graphql?query=%7Bstatus%7Bneo4j%7D%7D&operationName=${encoded}`,
    `/graphql?query=%7Bstatus%7Bneo4j%7D%7D&extensions=${encoded}`,
    '/graphql?query=',
    '/graphql?query=%',
    '/graphql?query=%ZZ%00',
    '/graphql?',
    `/graphql?${encoded}`,
  ]);
  return {
    kind: 'GET query string',
    method: 'GET',
    target,
    headers: { accept: random.pick(ACCEPTS) },
    sent: [value, new URLSearchParams(`v=${encoded}`).get('v') ?? ''],
  };
}

function otherPath(random: Random): FuzzRequest {
  const target = random.pick([
    '/',
    '/health',
    '/ready',
    '/graphql/',
    '/GRAPHQL',
    '/graphql/../../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/assets/../../package.json',
    '/assets/%00.js',
    '/index.html?x=<script>',
    `/${'a'.repeat(5_000)}`,
    '/favicon.ico',
    '/.env',
    '/node_modules/graphql/package.json',
  ]);
  return { kind: 'other path', method: 'GET', target, headers: { accept: random.pick(ACCEPTS) }, sent: [] };
}
