import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../config';
import { DatabaseUnavailableError, toDatabaseError, AuthenticationError } from './errors';

export type Neo4jSettings = Config['neo4j'];

/** One driver per process: it owns the connection pool. */
export function createDriver(settings: Neo4jSettings): Driver {
  return neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    // Fail fast on a dead address; the retry loop below decides how long to keep trying.
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    maxTransactionRetryTime: 5_000,
    userAgent: 'bilateral-ties',
    logging: { level: 'error', logger: (_level, message) => console.error(`[neo4j-driver] ${message}`) },
  });
}

export interface ConnectOptions {
  attempts: number;
  backoffMs: number;
  /** Called before each wait, so start-up can say what it is doing. */
  onRetry?: (attempt: number, waitMs: number, error: Error) => void;
}

const MAX_BACKOFF_MS = 10_000;

/**
 * Checks that Neo4j answers for the configured database, retrying with doubling back-off. Wrong
 * credentials are not retried: waiting would not fix them.
 */
export async function verifyConnectivityWithRetry(
  driver: Driver,
  settings: Neo4jSettings,
  options: ConnectOptions,
): Promise<void> {
  let lastError: Error = new Error('no attempt was made');
  for (let attempt = 1; attempt <= options.attempts; attempt++) {
    try {
      await driver.verifyConnectivity({ database: settings.database });
      return;
    } catch (error) {
      lastError = toDatabaseError(error);
      if (lastError instanceof AuthenticationError) throw lastError;
      if (attempt < options.attempts) {
        const waitMs = Math.min(options.backoffMs * 2 ** (attempt - 1), MAX_BACKOFF_MS);
        options.onRetry?.(attempt, waitMs, lastError);
        await sleep(waitMs);
      }
    }
  }
  throw new DatabaseUnavailableError(
    `Neo4j at ${settings.uri} did not answer after ${options.attempts} attempt(s): ${lastError.message}`,
    lastError instanceof DatabaseUnavailableError ? lastError.neo4jCode : undefined,
    { cause: lastError },
  );
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
