import { createDriver, verifyConnectivityWithRetry } from '../../src/db/driver';
import { AuthenticationError, DatabaseUnavailableError } from '../../src/db/errors';
import { captureConsoleErrors } from '../support/logger';
import { testConfig } from '../support/neo4j';
import { freePort } from '../support/ports';

describe('verifyConnectivityWithRetry', () => {
  it('when Neo4j answers, then it resolves on the first attempt', async () => {
    const settings = testConfig().neo4j;
    const driver = createDriver(settings);
    const retries: number[] = [];
    try {
      await verifyConnectivityWithRetry(driver, settings, {
        attempts: 3,
        backoffMs: 10,
        onRetry: (attempt) => retries.push(attempt),
      });
    } finally {
      await driver.close();
    }
    expect(retries).toEqual([]);
  });

  it('when nothing listens at the URI, then it gives up after the bounded attempts with an error naming the URI', async () => {
    const settings = { ...testConfig().neo4j, uri: `bolt://127.0.0.1:${await freePort()}` };
    const driver = createDriver(settings);
    const waits: number[] = [];
    try {
      const failure = verifyConnectivityWithRetry(driver, settings, {
        attempts: 3,
        backoffMs: 20,
        onRetry: (_attempt, waitMs) => waits.push(waitMs),
      });
      await expect(failure).rejects.toBeInstanceOf(DatabaseUnavailableError);
      await expect(failure).rejects.toThrow(`Neo4j at ${settings.uri} did not answer after 3 attempt(s)`);
    } finally {
      await driver.close();
    }
    expect(waits).toEqual([20, 40]);
  });

  it('when the password is wrong, then it fails at once with AuthenticationError and the driver logs the refusal', async () => {
    const settings = { ...testConfig().neo4j, password: 'not-the-password' };
    const driver = createDriver(settings);
    const retries: number[] = [];
    // The driver's own error log goes to console.error (src/db/driver.ts); kept here, not printed.
    const driverLog = captureConsoleErrors();
    try {
      await expect(
        verifyConnectivityWithRetry(driver, settings, {
          attempts: 5,
          backoffMs: 10,
          onRetry: (attempt) => retries.push(attempt),
        }),
      ).rejects.toBeInstanceOf(AuthenticationError);
    } finally {
      await driver.close();
      driverLog.restore();
    }
    expect(retries).toEqual([]);
    expect(driverLog.lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\[neo4j-driver\] .*unauthorized due to authentication failure/),
      ]),
    );
  });
});
