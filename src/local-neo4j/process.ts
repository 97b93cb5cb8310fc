import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { prepareLauncher } from './build';
import { LocalNeo4jError } from './errors';
import { jvmFlags } from './jvm-flags';
import { homePaths } from './paths';

export interface LocalNeo4jSettings {
  /** Folder for data, logs and the pid file. */
  home: string;
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
  heapMiB: number;
  pageCacheMiB: number;
  /** Port of the HTTP connector serving Neo4j Browser, on the same host; none when unset. */
  httpPort?: number;
}

export interface RunningNeo4j {
  pid: number;
  uri: string;
  /** Sends SIGTERM and waits until Neo4j has closed its store. */
  stop(): Promise<void>;
}

export interface StartOptions {
  /**
   * Detached: Neo4j outlives this process (npm run neo4j:start). Attached: it is a child that
   * dies with us if we die first (test runs).
   */
  detached: boolean;
  log?: (line: string) => void;
  readyTimeoutMs?: number;
}

const READY_PREFIX = 'READY ';
const FATAL_PREFIX = 'FATAL ';
const NOTE_PREFIX = 'NOTE ';

export async function startLocalNeo4j(
  settings: LocalNeo4jSettings,
  options: StartOptions,
): Promise<RunningNeo4j> {
  const log = options.log ?? console.log;
  const running = readLivePid(settings.home);
  if (running !== null) {
    throw new LocalNeo4jError(
      `The local Neo4j is already running (pid ${running}) with data in ${settings.home}; stop it with npm run neo4j:stop.`,
    );
  }
  if (settings.password.length < 8) {
    throw new LocalNeo4jError('NEO4J_PASSWORD must have at least 8 characters for the local Neo4j.');
  }

  const classpath = await prepareLauncher(log);
  const paths = homePaths(settings.home);
  fs.mkdirSync(path.dirname(paths.launcherLog), { recursive: true });
  const logFd = fs.openSync(paths.launcherLog, 'w');
  const child = spawn(
    'java',
    [
      ...jvmFlags(settings.heapMiB),
      '-cp',
      classpath,
      'LocalNeo4j',
      `--home=${settings.home}`,
      `--host=${settings.host}`,
      `--port=${settings.port}`,
      `--user=${settings.user}`,
      `--database=${settings.database}`,
      `--page-cache-mib=${settings.pageCacheMiB}`,
      ...(settings.httpPort ? [`--http-port=${settings.httpPort}`] : []),
    ],
    {
      detached: options.detached,
      stdio: ['ignore', logFd, logFd],
      // The password travels in the environment, never on the command line.
      env: { PATH: process.env['PATH'] ?? '', NEO4J_LOCAL_PASSWORD: settings.password },
    },
  );
  fs.closeSync(logFd);
  const pid = child.pid;
  if (pid === undefined) throw new LocalNeo4jError('java could not be started.');

  let exitCode: number | null = null;
  child.on('exit', (code, signal) => {
    exitCode = code ?? (signal ? 128 : 1);
  });
  if (options.detached) child.unref();

  log(`Starting the local Neo4j (pid ${pid}, log ${paths.launcherLog})...`);
  const outcome = await waitForOutcome(paths.launcherLog, () => exitCode, options.readyTimeoutMs ?? 180_000);
  if (outcome.kind !== 'ready') {
    if (exitCode === null) await terminate(pid, 30_000);
    throw new LocalNeo4jError(outcome.message);
  }
  fs.writeFileSync(paths.pidFile, `${pid}\n`);
  const uri = `bolt://${settings.host.includes(':') ? `[${settings.host}]` : settings.host}:${settings.port}`;
  log(`Neo4j is ready at ${uri} (database ${settings.database}, data in ${settings.home}).`);
  // What the launcher wants the user to know: where Browser is, or why it is not served.
  for (const note of readNotes(paths.launcherLog)) log(note);
  return {
    pid,
    uri,
    stop: async () => {
      await terminate(pid, 60_000);
      fs.rmSync(paths.pidFile, { force: true });
    },
  };
}

/** Stops the Neo4j started from this home folder; false when none was running. */
export async function stopLocalNeo4j(
  home: string,
  log: (line: string) => void = console.log,
): Promise<boolean> {
  const paths = homePaths(home);
  const pid = readLivePid(home);
  if (pid === null) {
    fs.rmSync(paths.pidFile, { force: true });
    return false;
  }
  log(`Stopping the local Neo4j (pid ${pid})...`);
  await terminate(pid, 60_000);
  fs.rmSync(paths.pidFile, { force: true });
  return true;
}

/** The pid of the launcher running from this home folder, or null. */
export function readLivePid(home: string): number | null {
  const { pidFile } = homePaths(home);
  if (!fs.existsSync(pidFile)) return null;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return null;
  // A recycled pid belongs to some other program: only trust it if it runs our launcher.
  const cmdline = `/proc/${pid}/cmdline`;
  if (fs.existsSync(cmdline) && !fs.readFileSync(cmdline, 'utf8').includes('LocalNeo4j')) return null;
  return pid;
}

/** The launcher's NOTE lines, for the person who started it. */
function readNotes(logFile: string): string[] {
  if (!fs.existsSync(logFile)) return [];
  return fs
    .readFileSync(logFile, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith(NOTE_PREFIX))
    .map((line) => line.slice(NOTE_PREFIX.length));
}

type Outcome = { kind: 'ready' } | { kind: 'failed'; message: string };

async function waitForOutcome(
  logFile: string,
  exitCode: () => number | null,
  timeoutMs: number,
): Promise<Outcome> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const lines = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').split('\n') : [];
    if (lines.some((line) => line.startsWith(READY_PREFIX))) return { kind: 'ready' };
    const fatal = lines.find((line) => line.startsWith(FATAL_PREFIX));
    if (fatal)
      return {
        kind: 'failed',
        message: `The local Neo4j did not start: ${fatal.slice(FATAL_PREFIX.length)}`,
      };
    const code = exitCode();
    if (code !== null) {
      const tail = lines.filter(Boolean).slice(-15).join('\n');
      return {
        kind: 'failed',
        message: `The local Neo4j exited with code ${code} before it was ready:\n${tail}`,
      };
    }
    if (Date.now() > deadline) {
      return {
        kind: 'failed',
        message: `The local Neo4j was not ready after ${timeoutMs / 1000} s; see ${logFile}`,
      };
    }
    await sleep(200);
  }
}

async function terminate(pid: number, timeoutMs: number): Promise<void> {
  if (!isAlive(pid)) return;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) {
      process.kill(pid, 'SIGKILL');
      throw new LocalNeo4jError(
        `Neo4j (pid ${pid}) did not stop within ${timeoutMs / 1000} s and was killed.`,
      );
    }
    await sleep(100);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return !isZombie(pid);
  } catch {
    return false;
  }
}

/** An exited child that nobody has reaped yet still answers kill(0); /proc tells the truth. */
function isZombie(pid: number): boolean {
  try {
    return /\) Z /.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
