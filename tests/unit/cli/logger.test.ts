import { driverLogging } from '../../../src/db/driver';
import { createLogger, prettyTransport } from '../../../src/logger';

describe('log output', () => {
  it('when pino-pretty cannot be found, then there is no pretty transport and lines stay JSON', () => {
    const missing = () => {
      throw new Error('Cannot find module pino-pretty');
    };
    expect(prettyTransport(1, missing)).toBeNull();
  });

  it('when pino-pretty is installed, then its transport writes readable lines to the chosen stream', () => {
    const transport = prettyTransport(2, () => '/somewhere/node_modules/pino-pretty/index.js');
    expect(transport).toMatchObject({
      target: '/somewhere/node_modules/pino-pretty/index.js',
      options: { destination: 2, ignore: 'pid,hostname,service' },
    });
  });

  it('when NODE_ENV is test, then nothing is logged', () => {
    expect(createLogger({ env: 'test', logLevel: 'debug' }).level).toBe('silent');
  });

  it("when the driver logs, then its lines reach our logger as neo4j-driver's, errors as warnings", () => {
    const calls: [string, unknown, string][] = [];
    const fake = {
      warn: (fields: unknown, message: string) => calls.push(['warn', fields, message]),
      info: (fields: unknown, message: string) => calls.push(['info', fields, message]),
      debug: (fields: unknown, message: string) => calls.push(['debug', fields, message]),
      isLevelEnabled: (level: string) => level !== 'debug',
    };
    const logging = driverLogging(fake as never);
    expect(logging.level).toBe('warn');
    logging.logger('error', 'Connection [0][] experienced a fatal error');
    logging.logger('info', 'created connection');
    expect(calls).toEqual([
      ['warn', { component: 'neo4j-driver' }, 'Connection [0][] experienced a fatal error'],
      ['info', { component: 'neo4j-driver' }, 'created connection'],
    ]);
  });

  it('when a driver warning carries a stack trace, then the warning is its first line and the trace is debug', () => {
    const calls: [string, string][] = [];
    const fake = {
      warn: (_fields: unknown, message: string) => calls.push(['warn', message]),
      info: (_fields: unknown, message: string) => calls.push(['info', message]),
      debug: (_fields: unknown, message: string) => calls.push(['debug', message]),
      isLevelEnabled: () => true,
    };
    const message =
      'ConnectionHolder got an error while releasing the connection\n    at Object.release (pool.js:1:1)';
    driverLogging(fake as never).logger('warn', message);
    expect(calls).toEqual([
      ['warn', 'ConnectionHolder got an error while releasing the connection'],
      ['debug', message],
    ]);
  });
});
