import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/project-root';
import { freePort } from '../../tests/support/ports';

export interface ApiProcess {
  url: string;
  pid: number;
  /** Resident memory of the API process now, in MiB (from /proc). */
  rssMiB(): number;
  /** The highest resident memory the API process has had since it started, in MiB. */
  peakRssMiB(): number;
  /** Its stdout and stderr lines so far (JSON log lines in production). */
  output: string[];
  /** Asks the API process for a full garbage collection (bench/support/gc-on-signal.cjs). */
  collectGarbage(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The API in a process of its own, as in production (NODE_ENV=production), so that its memory is
 * measured apart from the load generator. Node 24 from node_modules runs src/cli/serve.ts through
 * tsx's loader in that same process (no wrapper process between us and the server).
 */
export async function startApiProcess(
  env: Record<string, string>,
  /** The Node binary: the project's pinned one unless a drill compares another. */
  node = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'node'),
): Promise<ApiProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const output: string[] = [];
  const child: ChildProcess = spawn(
    node,
    [
      '--expose-gc',
      '--require',
      path.join(PROJECT_ROOT, 'bench', 'support', 'gc-on-signal.cjs'),
      '--import',
      'tsx',
      path.join(PROJECT_ROOT, 'src', 'cli', 'serve.ts'),
    ],
    {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        ...env,
        HOST: '127.0.0.1',
        PORT: String(port),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  for (const stream of [child.stdout, child.stderr]) {
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => output.push(...chunk.split('\n').filter(Boolean)));
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const pid = child.pid;
  if (pid === undefined) throw new Error('The API process could not be started');
  const status = (field: string) => {
    const line = fs
      .readFileSync(`/proc/${pid}/status`, 'utf8')
      .split('\n')
      .find((entry) => entry.startsWith(`${field}:`));
    return Number(/(\d+)/.exec(line ?? '')?.[1] ?? NaN) / 1024;
  };
  const api: ApiProcess = {
    url,
    pid,
    output,
    rssMiB: () => status('VmRSS'),
    peakRssMiB: () => status('VmHWM'),
    collectGarbage: async () => {
      child.kill('SIGUSR2');
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    },
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The API exited at start:\n${output.join('\n')}`);
    try {
      if ((await fetch(`${url}/ready`)).status === 200) return api;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await api.stop();
  throw new Error(`The API at ${url} was not ready within 60 s:\n${output.join('\n')}`);
}

/** One line about the machine for a results file: cores, CPU, memory, load average, Node. */
export function machineLine(): string {
  const load = os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
  return `${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB memory, load average ${load}, Node ${process.version}`;
}
