import { ERROR_CODES, isClientErrorCode } from '../../../src/api/errors';

describe('error codes', () => {
  it('when a code is one clients can rely on, then it passes the mask; INTERNAL_SERVER_ERROR and unknown codes do not', () => {
    expect(Object.keys(ERROR_CODES).filter(isClientErrorCode)).toEqual([
      'BAD_USER_INPUT',
      'NOT_FOUND',
      'QUERY_TOO_COMPLEX',
      'GRAPHQL_VALIDATION_FAILED',
      'GRAPHQL_PARSE_FAILED',
      'BAD_REQUEST',
      'OPERATION_RESOLUTION_FAILURE',
      'REQUEST_ENTITY_TOO_LARGE',
      'SERVICE_UNAVAILABLE',
      'DATABASE_TIMEOUT',
      'GRAPH_CHANGING',
    ]);
    expect(isClientErrorCode('INTERNAL_SERVER_ERROR')).toBe(false);
    expect(isClientErrorCode('SOMETHING_ELSE')).toBe(false);
    expect(isClientErrorCode(undefined)).toBe(false);
    expect(isClientErrorCode('toString')).toBe(false);
  });
});
