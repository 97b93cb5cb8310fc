import { findLeaks } from '../../../bench/fuzz/leaks';

describe('findLeaks', () => {
  it('when a response is a clean GraphQL error, then nothing leaks', () => {
    const body = JSON.stringify({
      errors: [
        { message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'r1' } },
      ],
    });
    expect(findLeaks(body)).toEqual([]);
  });

  it('when a response carries a stack trace, then it is named', () => {
    const body = JSON.stringify({
      errors: [{ message: 'x', extensions: { trace: 'Error: x\n    at read (/srv/app/dist/db.js:10:5)' } }],
    });
    expect(findLeaks(body)).toEqual(['stack trace']);
  });

  it("when a response carries the driver's error, its address or a file path, then each is named", () => {
    const body = JSON.stringify({
      errors: [
        {
          message: 'Neo4jError: Failed to connect to server bolt://127.0.0.1:7687 (ECONNREFUSED)',
          extensions: { originalError: { name: 'SyntaxError' }, at: '/work/main/node_modules/x.js' },
        },
      ],
    });
    expect(findLeaks(body)).toEqual([
      'Neo4jError',
      'Neo4j address',
      'file path',
      'originalError',
      'connection error code',
    ]);
  });

  it("when a response quotes the product's Cypher, then it is named", () => {
    const body = JSON.stringify({
      errors: [{ message: 'Invalid input near MATCH (n:Entity) WHERE n.id = $id RETURN n' }],
    });
    expect(findLeaks(body)).toEqual(['Cypher text']);
  });

  it('when an error only repeats a hostile string the request sent, however quoted, then it is no leak', () => {
    const sent = 'x\'}) MATCH (m:Entity) WHERE m.id = $id DETACH DELETE m // "node_modules"\n';
    const asLiteral = `Expected value of type "Int!", found "x'}) MATCH (m:Entity) WHERE m.id = $id DETACH DELETE m // \\"node_modules\\"\\n".`;
    for (const message of [`No node has the id "${sent}"`, asLiteral]) {
      const body = JSON.stringify({ errors: [{ message }] });
      expect(findLeaks(body, [sent])).toEqual([]);
      expect(findLeaks(body)).not.toEqual([]);
    }
  });
});
