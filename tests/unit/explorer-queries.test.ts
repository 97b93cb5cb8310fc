import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { PROJECT_ROOT } from '../../src/project-root';
import * as queries from '../../web/src/api/queries';

/**
 * The explorer is a client of the public API: each operation it sends must stay valid against
 * the contract, so a change of schema.graphql that would break the page fails here first.
 */
describe('the operations the explorer sends', () => {
  const schema = buildSchema(fs.readFileSync(path.join(PROJECT_ROOT, 'schema.graphql'), 'utf8'));

  it.each(Object.entries(queries))(
    'when %s is validated against schema.graphql, then it is valid',
    (_name, text) => {
      expect(validate(schema, parse(text)).map((error) => error.message)).toEqual([]);
    },
  );
});
