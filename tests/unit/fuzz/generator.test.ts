import fs from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { randomOperation, type KnownValues } from '../../../bench/fuzz/operations';
import { SeededRandom as Random } from '../../../bench/support/seeded-random';
import { randomRequest } from '../../../bench/fuzz/requests';
import { EnumLiteral, printLiteral } from '../../../bench/fuzz/values';
import { SCHEMA_PATH } from '../../../src/api/schema';

const schema = buildSchema(fs.readFileSync(SCHEMA_PATH, 'utf8'));
const known: KnownValues = {
  ids: ['country:rwanda', 'person:murat-nurtleu'],
  words: ['Rwanda', 'Kazakhstan'],
  relationshipTypes: ['PARTICIPANT_IN'],
  kinds: ['visit'],
  cursors: ['abc'],
};

describe('the fuzz generator', () => {
  it('when two runs share a seed, then they send the same requests; another seed sends others', () => {
    const run = (seed: number) => {
      const random = new Random(seed);
      return Array.from({ length: 200 }, () => randomRequest(schema, known, random));
    };
    expect(run(7)).toEqual(run(7));
    expect(run(8)).not.toEqual(run(7));
  });

  it('when operations are generated, then most are valid against the schema, and none is huge', () => {
    const random = new Random(1);
    let valid = 0;
    for (let i = 0; i < 300; i += 1) {
      const operation = randomOperation(schema, known, random);
      expect(operation.sent).toContain(operation.query);
      expect(JSON.stringify(operation).length).toBeLessThan(5_000_000);
      // Some carry wrong types, lone surrogates or conflicting fields on purpose; most must reach the resolvers.
      try {
        if (validate(schema, parse(operation.query)).length === 0) valid += 1;
      } catch {
        // A syntax error: counted as not valid.
      }
    }
    expect(valid).toBeGreaterThan(200);
  });

  it('when a value is printed as a literal, then enums are bare and strings are escaped', () => {
    expect(printLiteral({ status: [new EnumLiteral('PLANNED')], text: 'a "b"\n', n: -1, ok: null })).toBe(
      '{status: [PLANNED], text: "a \\"b\\"\\n", n: -1, ok: null}',
    );
    expect(parse(`{ f(a: ${printLiteral(['\u0000\u001f', 'Türkiye 🇷🇼'])}) }`)).toBeDefined();
  });

  it('when numbers are drawn, then each integer in a range comes up and none outside it', () => {
    const random = new Random(3);
    const seen = new Set(Array.from({ length: 500 }, () => random.int(2, 5)));
    expect([...seen].sort()).toEqual([2, 3, 4, 5]);
  });
});
