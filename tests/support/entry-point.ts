import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/project-root';

const TSX = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');

/** A working folder of its own, so no developer's .env is picked up; only the given variables count. */
function scratchFolder(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'bilateral-ties-startup-'));
}

/** Runs a real entry point of src/cli as a separate process, to its end. */
export function runToEnd(script: string, env: Record<string, string>) {
  const cwd = scratchFolder();
  try {
    return spawnSync(TSX, [path.join(PROJECT_ROOT, 'src', 'cli', script)], {
      cwd,
      env: { PATH: process.env['PATH'] ?? '', ...env },
      encoding: 'utf8',
      timeout: 60_000,
    });
  } finally {
    fs.rmSync(cwd, { recursive: true, force: true });
  }
}

export interface BackgroundProcess {
  /** stdout and stderr so far. */
  output(): string;
  /** Resolves once the output matches; fails if the process exits first or the time runs out. */
  waitFor(pattern: RegExp, timeoutMs: number): Promise<void>;
  /** The URL the API logged it serves at (PORT=0 picks a free port). */
  url(): string;
  stop(): Promise<void>;
}

/** A long-running entry point of src/cli whose output can be waited on. */
export function runInBackground(script: string, env: Record<string, string>): BackgroundProcess {
  const cwd = scratchFolder();
  const child: ChildProcess = spawn(TSX, [path.join(PROJECT_ROOT, 'src', 'cli', script)], {
    cwd,
    env: { PATH: process.env['PATH'] ?? '', ...env },
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return {
    output: () => output,
    async waitFor(pattern: RegExp, timeoutMs: number): Promise<void> {
      const deadline = Date.now() + timeoutMs;
      while (!pattern.test(output)) {
        if (child.exitCode !== null) throw new Error(`${script} exited first:\n${output}`);
        if (Date.now() > deadline) throw new Error(`${script} never printed ${pattern}:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    url(): string {
      const match = /Serving GraphQL at (http:\/\/[^\s"]+)\/graphql/.exec(output);
      if (!match) throw new Error(`${script} has not said where it serves:\n${output}`);
      return match[1]!;
    },
    async stop(): Promise<void> {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      fs.rmSync(cwd, { recursive: true, force: true });
    },
  };
}

/** The JSON log lines (production) whose message starts with `prefix`. */
export function logLines(output: string, prefix: string): Record<string, unknown>[] {
  return output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((entry) => String(entry['msg']).startsWith(prefix));
}
