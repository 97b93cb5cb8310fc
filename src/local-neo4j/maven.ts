import { spawn } from 'node:child_process';
import { LocalNeo4jError } from './errors';

export interface MavenProgress {
  files: number;
  bytes: number;
}

const UNIT_BYTES: Record<string, number> = { B: 1, kB: 1e3, KB: 1e3, MB: 1e6, GB: 1e9 };
const DOWNLOADED = /Downloaded from [^:]+: \S+ \((\d+(?:\.\d+)?) (B|kB|KB|MB|GB)/;
// Debian's Maven 3.8 writes colour resets even in batch mode with colour off.
const ESCAPE_SEQUENCE = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*[A-Za-z]`, 'g');

/** Counts a line of Maven's batch output into the progress; true when it reported a download. */
export function countMavenLine(line: string, progress: MavenProgress): boolean {
  const match = DOWNLOADED.exec(line);
  if (!match) return false;
  progress.files++;
  progress.bytes += Number(match[1]) * (UNIT_BYTES[match[2]!] ?? 1);
  return true;
}

export function describeProgress(progress: MavenProgress): string {
  return `${progress.files} file(s), ${(progress.bytes / 1e6).toFixed(1)} MB`;
}

export function stripEscapes(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '');
}

export interface MavenRun {
  /** What Maven is doing, for the progress line: "Fetching the Neo4j jars". */
  label: string;
  log: (line: string) => void;
  /** Where the one updating progress line goes when it is a terminal; stderr by default. */
  terminal?: NodeJS.WriteStream;
  /** The Maven executable: mvn on PATH unless a test gives another. */
  command?: string;
}

const TAIL_LINES = 40;
const HEARTBEAT_MS = 15_000;

/**
 * Runs Maven in batch mode with its output kept to itself: instead of one line per file (about
 * 1,550 on a first start) it shows one progress line, rewritten in place on a terminal and every
 * 15 s otherwise, then a summary. When Maven fails, its last lines are in the error.
 */
export function runMaven(args: string[], run: MavenRun): Promise<MavenProgress> {
  const terminal = run.terminal ?? process.stderr;
  const progress: MavenProgress = { files: 0, bytes: 0 };
  const tail: string[] = [];
  const started = Date.now();
  let shownAt = 0;
  let partial = '';
  const show = (final: boolean) => {
    if (!terminal.isTTY) return;
    terminal.write(final ? '\r\u001b[2K' : `\r\u001b[2K${run.label}: ${describeProgress(progress)}`);
  };
  const heartbeat = setInterval(() => {
    if (!terminal.isTTY && progress.files > 0)
      run.log(`${run.label}: ${describeProgress(progress)} so far...`);
  }, HEARTBEAT_MS);
  const readChunk = (chunk: Buffer) => {
    const lines = (partial + stripEscapes(chunk.toString('utf8'))).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      tail.push(line);
      if (tail.length > TAIL_LINES) tail.shift();
      if (countMavenLine(line, progress) && Date.now() - shownAt > 100) {
        shownAt = Date.now();
        show(false);
      }
    }
  };
  return new Promise((resolve, reject) => {
    const child = spawn(run.command ?? 'mvn', ['-B', '-Dstyle.color=never', ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', readChunk);
    child.stderr.on('data', readChunk);
    child.on('error', (error) => {
      clearInterval(heartbeat);
      reject(new LocalNeo4jError(`mvn could not start: ${error.message}`));
    });
    child.on('close', (code) => {
      clearInterval(heartbeat);
      show(true);
      if (partial) tail.push(partial);
      if (code !== 0) {
        reject(
          new LocalNeo4jError(
            `Maven failed (exit code ${code}) while ${run.label.toLowerCase()}. Its last lines:\n` +
              `${tail.join('\n')}\n` +
              'If this machine reaches the internet only through a proxy, set it in ~/.m2/settings.xml.',
          ),
        );
        return;
      }
      if (progress.files > 0) {
        const seconds = Math.round((Date.now() - started) / 1000);
        run.log(`${run.label}: downloaded ${describeProgress(progress)} in ${seconds} s.`);
      }
      resolve(progress);
    });
  });
}
