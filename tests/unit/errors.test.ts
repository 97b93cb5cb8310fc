import { Neo4jError } from 'neo4j-driver';
import {
  AuthenticationError,
  ConstraintViolationError,
  DatabaseError,
  DatabaseUnavailableError,
  QueryError,
  ReadOnlyViolationError,
  toDatabaseError,
} from '../../src/db/errors';

const neo4jError = (code: string) => new Neo4jError(`server said ${code}`, code, 'N/A', 'N/A');

describe('toDatabaseError', () => {
  it.each([
    ['Neo.ClientError.Schema.ConstraintValidationFailed', ConstraintViolationError],
    ['Neo.ClientError.Statement.AccessMode', ReadOnlyViolationError],
    ['Neo.ClientError.Security.Unauthorized', AuthenticationError],
    ['Neo.ClientError.Statement.SyntaxError', QueryError],
    ['ServiceUnavailable', DatabaseUnavailableError],
    ['SessionExpired', DatabaseUnavailableError],
    ['Neo.DatabaseError.General.UnknownError', DatabaseError],
  ])('when Neo4j reports %s, then it becomes a %p', (code, expected) => {
    const mapped = toDatabaseError(neo4jError(code));
    expect(mapped).toBeInstanceOf(expected);
    expect((mapped as DatabaseError).neo4jCode).toBe(code);
    expect((mapped as DatabaseError).cause).toBeInstanceOf(Neo4jError);
  });

  it('when the error is not from Neo4j, then it is passed through unchanged', () => {
    const original = new RangeError('not a driver error');
    expect(toDatabaseError(original)).toBe(original);
  });
});
