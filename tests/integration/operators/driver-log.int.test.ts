import { createDriver, verifyConnectivityWithRetry } from '../../../src/db/driver';
import { AuthenticationError } from '../../../src/db/errors';
import { captureConsoleErrors, memoryLogger } from '../../support/logger';
import { testConfig } from '../../support/neo4j';

describe("the driver's own log", () => {
  it('when Neo4j refuses the password, then the driver line goes through our logger as a warning, not to the console', async () => {
    const settings = { ...testConfig().neo4j, password: 'not-the-password' };
    const log = memoryLogger('info');
    const console = captureConsoleErrors();
    const driver = createDriver(settings, log.logger);
    try {
      await expect(
        verifyConnectivityWithRetry(driver, settings, { attempts: 3, backoffMs: 10 }),
      ).rejects.toBeInstanceOf(AuthenticationError);
    } finally {
      await driver.close();
      console.restore();
    }
    expect(console.lines).toEqual([]);
    expect(log.at('warn')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          component: 'neo4j-driver',
          service: 'bilateral-ties',
          msg: expect.stringMatching(/unauthorized due to authentication failure/),
        }),
      ]),
    );
    expect(log.at('error')).toEqual([]);
  });
});
