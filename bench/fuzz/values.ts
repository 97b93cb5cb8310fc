import type { SeededRandom as Random } from '../support/seeded-random';

/** An enum value in a literal: printed bare (ACTIVE), not as a string ("ACTIVE"). */
export class EnumLiteral {
  constructor(readonly name: string) {}
  toJSON(): string {
    return this.name;
  }
}

export type Value = null | boolean | number | string | EnumLiteral | Value[] | { [key: string]: Value };

/** Text that looks like Cypher, in case any of it reached a query as text rather than as a parameter. */
const CYPHER_LOOKALIKES = [
  `country:rwanda"}) DETACH DELETE n //`,
  `' OR 1=1 WITH n SET n.fuzzed = true //`,
  `x'}) MATCH (m) DETACH DELETE m RETURN 1 //`,
  `\\' CALL dbms.components() YIELD name RETURN name //`,
  '`id` } ) WITH 1 AS x CREATE (:Fuzzed) //',
  `$ids} UNION MATCH (n) RETURN n //`,
  `*) OR (n.id CONTAINS "" `,
];

/** Lucene's query syntax, which search must take as plain words. */
const LUCENE_LOOKALIKES = [
  '*',
  '~',
  'name:rwanda AND',
  '"unterminated',
  '((((',
  'a^99',
  '/re.*gex/',
  'NOT',
  '\\',
];

const UNICODE = [
  'Türkiye',
  "Ububanyi n'Amahanga",
  '🇷🇼🇰🇿',
  'مرحبا بالعالم',
  'e\u0301\u0301\u0301',
  '\u200b\u200d\ufeff',
  'Ｒｗａｎｄａ',
  '\ud800',
  '\udfff\ud800',
  '𝕽𝖜𝖆𝖓𝖉𝖆',
];

const CONTROL = [
  '\u0000',
  '\u0001\u001f\u007f',
  'a\r\nb',
  '\t\v\f',
  '\u001b[31mred\u001b[0m',
  '\u0085\u2028\u2029',
];

const OTHER = [
  '',
  ' ',
  'null',
  'undefined',
  'NaN',
  '%s%n%x%d',
  '${process.env.NEO4J_PASSWORD}',
  '../../../../etc/passwd',
  '<script>alert(1)</script>',
  '2025-02-30',
  '9999-99-99',
  '-0001-01-01',
  '2025-05-26T00:00:00Z',
  'country:',
  ':',
  '#s99999999999999999999',
  'country:rwanda#s1',
];

/** A string meant to break something: huge, odd unicode, control characters, query syntax. */
export function hostileString(random: Random): string {
  return random.weighted<() => string>([
    [2, () => random.pick(CYPHER_LOOKALIKES)],
    [1, () => random.pick(LUCENE_LOOKALIKES)],
    [2, () => random.pick(UNICODE)],
    [1, () => random.pick(CONTROL)],
    [2, () => random.pick(OTHER)],
    [1, () => 'x'.repeat(random.pick([1_000, 10_000, 100_000, 300_000]))],
    [1, () => Array.from({ length: random.pick([1_024, 1_025, 3_000]) }, (_, i) => `w${i}`).join(' ')],
    [1, () => random.pick(UNICODE).repeat(random.int(100, 5_000))],
  ])();
}

/** An integer outside what an argument accepts, or not quite an integer. */
export function hostileNumber(random: Random): number {
  return random.pick([-1, 0, -2_147_483_648, 2_147_483_647, 2_147_483_648, 1e21, -1e308, 1.5, -0.000001]);
}

/** A value of the wrong type for whatever was expected. */
export function wrongType(random: Random): Value {
  return random.pick<Value>([
    '10',
    true,
    false,
    [],
    {},
    [[['deep']]],
    { id: 'country:rwanda' },
    3.14,
    new EnumLiteral('NOT_A_VALUE'),
  ]);
}

/** Every string of a value, to tell an echo of what was sent from something the server let out. */
export function stringsOf(value: Value): string[] {
  if (typeof value === 'string') return [value];
  if (value instanceof EnumLiteral) return [value.name];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

/** The value as a GraphQL literal (strings escaped as JSON, which GraphQL's string syntax accepts). */
export function printLiteral(value: Value): string {
  if (value === null) return 'null';
  if (value instanceof EnumLiteral) return value.name;
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(printLiteral).join(', ')}]`;
  return `{${Object.entries(value)
    .map(([key, item]) => `${key}: ${printLiteral(item)}`)
    .join(', ')}}`;
}
