import pino, { type Level } from 'pino';
import type { Logger } from '../../src/logger';

/** One parsed log line, as pino writes it: level number, msg and the bound fields. */
export type LogEntry = Record<string, any> & { level: number; msg: string };

export interface MemoryLogger {
  logger: Logger;
  /** Every line logged so far, parsed, oldest first. */
  entries: LogEntry[];
  /** The entries logged at exactly this level, e.g. 'error'. */
  at(level: Level): LogEntry[];
}

/**
 * A logger for the app under test that keeps its lines in memory instead of writing them to stdout,
 * so tests of failures (production mode logs each unexpected error with its stack) leave the test
 * output clean and can assert on what was logged. Same base fields and redaction as
 * src/logger.ts; unlike that one it also logs when NODE_ENV is test.
 */
export function memoryLogger(level: Level = 'info'): MemoryLogger {
  const entries: LogEntry[] = [];
  const logger = pino(
    {
      level,
      base: { service: 'bilateral-ties' },
      redact: ['password', '*.password', 'neo4j.password'],
    },
    { write: (line: string) => void entries.push(JSON.parse(line) as LogEntry) },
  );
  return {
    logger,
    entries,
    at: (wanted) => entries.filter((entry) => entry.level === pino.levels.values[wanted]),
  };
}

export interface CapturedConsole {
  /** Each console.error call, its arguments joined by spaces. */
  lines: string[];
  restore(): void;
}

/**
 * Keeps console.error calls in memory until restore(). For code that logs to the console rather
 * than through a logger it is given, such as the neo4j-driver log in src/db/driver.ts.
 */
export function captureConsoleErrors(): CapturedConsole {
  const lines: string[] = [];
  const spy = jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    lines.push(args.map(String).join(' '));
  });
  return { lines, restore: () => spy.mockRestore() };
}
