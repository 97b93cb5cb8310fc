import pino, { type Logger, type LoggerOptions } from 'pino';
import type { Config } from './config';

export type { Logger };

export interface LogOutput {
  /** stdout for the service; stderr for commands whose stdout is their answer (npm run cypher). */
  stream?: 'stdout' | 'stderr';
}

/**
 * One logger per process; children carry a request id. JSON lines, except in development when
 * pino-pretty is installed: then readable lines, through pino-pretty's transport.
 */
export function createLogger(config: Pick<Config, 'logLevel' | 'env'>, output: LogOutput = {}): Logger {
  const options: LoggerOptions = {
    level: config.env === 'test' ? 'silent' : config.logLevel,
    base: { service: 'bilateral-ties' },
    redact: ['password', '*.password', 'neo4j.password'],
  };
  const fd = output.stream === 'stderr' ? 2 : 1;
  const pretty = config.env === 'development' ? prettyTransport(fd) : null;
  if (pretty) return pino({ ...options, transport: pretty });
  return fd === 1 ? pino(options) : pino(options, pino.destination({ dest: 2, sync: true }));
}

/** pino-pretty's transport when the package is installed (a development dependency), else null. */
export function prettyTransport(
  fd: 1 | 2,
  resolve: (name: string) => string = require.resolve,
): pino.TransportSingleOptions | null {
  let target: string;
  try {
    target = resolve('pino-pretty');
  } catch {
    return null;
  }
  const stream = fd === 1 ? process.stdout : process.stderr;
  return {
    target,
    options: {
      destination: fd,
      colorize: stream.isTTY === true,
      translateTime: 'SYS:HH:MM:ss.l',
      ignore: 'pid,hostname,service',
    },
  };
}
