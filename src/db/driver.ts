import neo4j, { type Config as DriverConfig, type Driver } from 'neo4j-driver';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { AuthenticationError, DatabaseUnavailableError, toDatabaseError } from './errors';

export type Neo4jSettings = Config['neo4j'];

/** The part of our pino logger the driver's log lines go through. */
export type DriverLogger = Pick<Logger, 'warn' | 'info' | 'debug' | 'isLevelEnabled'>;

export interface DriverOptions {
  /** How long one attempt to open a connection may take; 5 s unless a command wants an answer sooner. */
  connectionTimeoutMs?: number;
}

/** One driver per process: it owns the connection pool. */
export function createDriver(
  settings: Neo4jSettings,
  logger?: DriverLogger,
  options: DriverOptions = {},
): Driver {
  return neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    // Fail fast on a dead address; the retry loop below decides how long to keep trying.
    connectionTimeout: options.connectionTimeoutMs ?? 5_000,
    connectionAcquisitionTimeout: 10_000,
    maxTransactionRetryTime: 5_000,
    userAgent: 'bilateral-ties',
    logging: driverLogging(logger),
  });
}

/**
 * The driver's own log lines go through our logger, marked `component: neo4j-driver`, so they are
 * JSON in production and readable in development like every other line. Its errors are logged as
 * warnings: the same failure also reaches our code as an exception, which decides whether it is an
 * error and says so once (a refused password becomes "Neo4j refused the credentials").
 * Without a logger (tests, scripts) they go to stderr as before.
 */
export function driverLogging(logger?: DriverLogger): NonNullable<DriverConfig['logging']> {
  if (!logger) {
    return { level: 'error', logger: (_level, message) => console.error(`[neo4j-driver] ${message}`) };
  }
  const fields = { component: 'neo4j-driver' };
  return {
    level: logger.isLevelEnabled('debug') ? 'debug' : 'warn',
    logger: (level, message) => {
      if (level === 'debug') return logger.debug(fields, message);
      if (level === 'info') return logger.info(fields, message);
      // Some warnings carry a whole stack trace ("… while releasing the connection" each time Neo4j
      // goes away): the first line says what happened; the trace is kept for debug level.
      const [summary, ...trace] = message.split('\n');
      logger.warn(fields, summary);
      if (trace.length > 0) logger.debug(fields, message);
    },
  };
}

export interface ConnectOptions {
  attempts: number;
  backoffMs: number;
  /** Attempts the caller already made and saw fail: the loop goes on with the wait that follows them. */
  failed?: { attempts: number; error: Error };
  /** Called before each wait, so start-up can say what it is doing. */
  onRetry?: (attempt: number, waitMs: number, error: Error) => void;
}

const MAX_BACKOFF_MS = 10_000;

/** The wait after a failed attempt: the back-off, doubled after each further failure, at most 10 s. */
function retryWaitMs(failedAttempt: number, backoffMs: number): number {
  return Math.min(backoffMs * 2 ** (failedAttempt - 1), MAX_BACKOFF_MS);
}

/** How long the waits between attempt `failedAttempt` and the last one add up to. */
function remainingWaitMs(failedAttempt: number, attempts: number, backoffMs: number): number {
  let total = 0;
  for (let attempt = failedAttempt; attempt < attempts; attempt++) total += retryWaitMs(attempt, backoffMs);
  return total;
}

/**
 * Checks that Neo4j answers for the configured database, retrying with doubling back-off. Wrong
 * credentials are not retried: waiting would not fix them.
 */
export async function verifyConnectivityWithRetry(
  driver: Driver,
  settings: Neo4jSettings,
  options: ConnectOptions,
): Promise<void> {
  const started = Date.now();
  let lastError: Error = options.failed?.error ?? new Error('no attempt was made');
  for (let attempt = (options.failed?.attempts ?? 0) + 1; attempt <= options.attempts; attempt++) {
    if (attempt > 1) {
      const waitMs = retryWaitMs(attempt - 1, options.backoffMs);
      options.onRetry?.(attempt - 1, waitMs, lastError);
      await sleep(waitMs);
    }
    try {
      await driver.verifyConnectivity({ database: settings.database });
      return;
    } catch (error) {
      lastError = toDatabaseError(error);
      if (lastError instanceof AuthenticationError) throw lastError;
    }
  }
  const seconds = Math.round((Date.now() - started) / 100) / 10;
  throw new DatabaseUnavailableError(
    `Neo4j at ${settings.uri} did not answer after ${options.attempts} attempt(s) in ${seconds} s: ${lastError.message}`,
    lastError instanceof DatabaseUnavailableError ? lastError.neo4jCode : undefined,
    { cause: lastError },
  );
}

/**
 * Waits for Neo4j with the configured back-off (NEO4J_CONNECT_ATTEMPTS, NEO4J_CONNECT_BACKOFF_MS),
 * saying before each wait what it is waiting for, how long until the next attempt and until it
 * gives up. `waitingFor` names it for people, such as "the local Neo4j (pid 123), still starting".
 */
export async function waitForNeo4j(
  driver: Driver,
  settings: Neo4jSettings,
  logger: Pick<Logger, 'warn'>,
  options: { waitingFor?: string; failed?: ConnectOptions['failed'] } = {},
): Promise<void> {
  const { connectAttempts: attempts, connectBackoffMs: backoffMs } = settings;
  const waitingFor = options.waitingFor ?? `Neo4j at ${settings.uri}`;
  try {
    await verifyConnectivityWithRetry(driver, settings, {
      attempts,
      backoffMs,
      ...(options.failed ? { failed: options.failed } : {}),
      onRetry: (attempt, waitMs, error) =>
        logger.warn(
          {
            attempt,
            attempts,
            retryInMs: waitMs,
            giveUpInMs: remainingWaitMs(attempt, attempts, backoffMs),
            reason: shortReason(error),
          },
          `Waiting for ${waitingFor} (database ${settings.database}): attempt ${attempt} of ${attempts} ` +
            `failed (${shortReason(error)}); next in ${seconds(waitMs)}, giving up in about ` +
            `${seconds(remainingWaitMs(attempt, attempts, backoffMs))}`,
        ),
    });
  } catch (error) {
    if (!(error instanceof DatabaseUnavailableError)) throw error;
    throw new DatabaseUnavailableError(
      `${error.message}\nNEO4J_CONNECT_ATTEMPTS (${attempts}) and NEO4J_CONNECT_BACKOFF_MS (${backoffMs}) ` +
        'set how long to wait for Neo4j.',
      error.neo4jCode,
      { cause: error },
    );
  }
}

/** The driver's "Failed to connect … Caused by: connect ECONNREFUSED …" cut to its cause. */
export function shortReason(error: Error): string {
  const cause = /Caused by: (.*)$/s.exec(error.message)?.[1];
  return (cause ?? error.message.replace(/^Neo4j is unavailable: /, '').split('. ')[0] ?? '').trim();
}

function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
