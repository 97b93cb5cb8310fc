import pino, { type Logger } from 'pino';
import type { Config } from './config';

export type { Logger };

/** JSON lines on stdout; one logger per process, children carry a request id. */
export function createLogger(config: Pick<Config, 'logLevel' | 'env'>): Logger {
  return pino({
    level: config.env === 'test' ? 'silent' : config.logLevel,
    base: { service: 'bilateral-ties' },
    redact: ['password', '*.password', 'neo4j.password'],
  });
}
