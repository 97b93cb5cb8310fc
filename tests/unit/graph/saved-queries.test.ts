import {
  listSavedQueries,
  parseParameterValue,
  parseSavedQuery,
} from '../../../src/graph/scripts/saved-queries';

describe('saved analyst queries', () => {
  const queries = listSavedQueries();

  it('when listed, then there are at least twelve, each with a title, an answer and example parameters', () => {
    expect(queries.length).toBeGreaterThanOrEqual(12);
    for (const query of queries) {
      expect(query.title.length).toBeGreaterThan(5);
      expect(query.answers.length).toBeGreaterThan(20);
      for (const parameter of query.parameters) expect(query.cypher).toContain(`$${parameter.name}`);
    }
  });

  it('when a query uses a $parameter, then its header documents it', () => {
    for (const query of queries) {
      const used = new Set([...query.cypher.matchAll(/\$(\w+)/g)].map((match) => match[1]));
      expect([...used].sort()).toEqual(query.parameters.map((p) => p.name).sort());
    }
  });

  it('when a header lacks its title, then parsing names the file', () => {
    expect(() => parseSavedQuery('x.cypher', '// Answers: something\nRETURN 1')).toThrow(
      /x.cypher: the header needs/,
    );
  });

  it('when a parameter value is JSON, then it is parsed; otherwise it stays text', () => {
    expect(parseParameterValue('3')).toBe(3);
    expect(parseParameterValue('["a"]')).toEqual(['a']);
    expect(parseParameterValue('country:rwanda')).toBe('country:rwanda');
  });
});
