import {
  cypherParameterMap,
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

  it('when a query takes parameters, then its header has the :param line Browser and cypher-shell accept, saying what @param says', () => {
    for (const query of queries) {
      expect([query.name, query.toolParameters]).toEqual([
        query.name,
        query.parameters.length > 0 ? cypherParameterMap(query.parameters) : null,
      ]);
    }
  });

  it('when the examples are written as a Cypher map, then text is quoted and escaped, numbers and lists stay values', () => {
    expect(
      cypherParameterMap([
        { name: 'text', example: "Côte d'Ivoire", description: '' },
        { name: 'min', example: '2', description: '' },
        { name: 'ids', example: '["a","b"]', description: '' },
        { name: 'path', example: 'C:\\x', description: '' },
      ]),
    ).toBe("{text: 'Côte d\\'Ivoire', min: 2, ids: ['a', 'b'], path: 'C:\\\\x'}");
  });

  it('when the header has a :param line, then it is not read as part of what the query answers', () => {
    const query = parseSavedQuery(
      'x.cypher',
      [
        '// Title: A title',
        '// Answers: Something worth knowing about',
        '// Neo4j Browser or cypher-shell: run this line first, without the //, to set the examples',
        "// :param {a: 'b'}",
        'RETURN 1',
      ].join('\n'),
    );
    expect(query.answers).toBe('Something worth knowing about');
    expect(query.toolParameters).toBe("{a: 'b'}");
  });

  it('when a query is a -graph variant, then it returns paths for Browser and Bloom to draw', () => {
    const variants = queries.filter((query) => query.name.endsWith('-graph'));
    expect(variants.map((query) => query.name)).toEqual(
      expect.arrayContaining([
        '01-relation-timeline-graph',
        '02-who-met-whom-graph',
        '11-shortest-path-graph',
      ]),
    );
    for (const query of variants) {
      const returned = /\bRETURN\s+([\w\s,]+?)(?:\s+ORDER BY|;|$)/.exec(query.cypher)?.[1] ?? '';
      const pathNames = [...query.cypher.matchAll(/\b(\w+)\s*=\s*(?:shortestPath\s*)?\(/g)].map((m) => m[1]);
      expect(returned.split(',').map((name) => name.trim())).toEqual(
        expect.arrayContaining(pathNames as string[]),
      );
      expect(pathNames.length).toBeGreaterThan(0);
    }
  });

  it('when a parameter value is JSON, then it is parsed; otherwise it stays text', () => {
    expect(parseParameterValue('3')).toBe(3);
    expect(parseParameterValue('["a"]')).toEqual(['a']);
    expect(parseParameterValue('country:rwanda')).toBe('country:rwanda');
  });
});
