import { splitCypherStatements } from '../../../src/graph/scripts/cypher-statements';

describe('splitCypherStatements', () => {
  it('when semicolons stand inside strings, names or comments, then they do not split', () => {
    const script = [
      '// a comment; with a semicolon',
      "CREATE (:A {text: 'one; two', other: \"x;y\", escaped: 'it\\'s; fine'});",
      '/* block; comment */ MATCH (`odd;name`) RETURN 1;',
      '',
      '// only a comment at the end;',
    ].join('\n');
    expect(splitCypherStatements(script)).toEqual([
      "// a comment; with a semicolon\nCREATE (:A {text: 'one; two', other: \"x;y\", escaped: 'it\\'s; fine'})",
      '/* block; comment */ MATCH (`odd;name`) RETURN 1',
    ]);
  });

  it('when the last statement has no semicolon, then it is still returned', () => {
    expect(splitCypherStatements('RETURN 1;\nRETURN 2')).toEqual(['RETURN 1', 'RETURN 2']);
  });
});
