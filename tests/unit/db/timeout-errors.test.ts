import { Neo4jError } from 'neo4j-driver';
import { DatabaseTimeoutError, toDatabaseError } from '../../../src/db/errors';

describe('toDatabaseError and transaction timeouts', () => {
  it.each([
    // Neo4j's own limit (db.transaction.timeout) and the one the client set at BEGIN.
    'Neo.ClientError.Transaction.TransactionTimedOut',
    'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  ])('when Neo4j ends a transaction with %s, then it becomes a DatabaseTimeoutError', (code) => {
    const mapped = toDatabaseError(
      new Neo4jError('The transaction has been terminated.', code, 'N/A', 'N/A'),
    );
    expect(mapped).toBeInstanceOf(DatabaseTimeoutError);
    expect((mapped as DatabaseTimeoutError).neo4jCode).toBe(code);
    expect(mapped.message).toMatch(/^Neo4j ended the transaction at its timeout: /);
  });

  it('when a transaction is terminated for another reason, then it is not reported as a timeout', () => {
    const code = 'Neo.TransientError.Transaction.Terminated';
    expect(toDatabaseError(new Neo4jError('terminated', code, 'N/A', 'N/A'))).not.toBeInstanceOf(
      DatabaseTimeoutError,
    );
  });
});
