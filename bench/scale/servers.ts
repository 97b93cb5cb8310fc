/**
 * The two GraphQL servers the scale benchmark asks, each in a process of its own (as in
 * production), pointed at the benchmark's throwaway Neo4j: this project's API
 * (src/cli/serve.ts) and @neo4j/graphql under graphql-yoga (bench/scale/neo4j-graphql-server.ts).
 * Both run as compiled JavaScript under plain Node, as `npm run serve` runs the API: a loader
 * such as tsx turns on source-mapped stack traces, which the driver pays for on every query (it
 * keeps each query's stack), about 7% of the API's CPU per request.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/project-root';
import { freePort } from '../../tests/support/ports';

export interface ServerProcess {
  name: string;
  url: string;
  pid: number;
  /** Resident memory now, in MiB, from /proc. */
  rssMiB(): number;
  stop(): Promise<void>;
}

const NODE = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'node');
const COMPILED = path.join(PROJECT_ROOT, 'dist');

/**
 * Compiles both servers into dist/ with tsc (bench/scale/tsconfig.servers.json), so the run
 * measures the code as it stands, never an older build.
 */
export function compileServers(): void {
  execFileSync(
    path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsc'),
    ['-p', path.join(PROJECT_ROOT, 'bench', 'scale', 'tsconfig.servers.json')],
    { cwd: PROJECT_ROOT, stdio: 'inherit' },
  );
}

export async function startApi(neo4jUri: string, password: string): Promise<ServerProcess> {
  const port = await freePort();
  return startServer('this API', path.join(COMPILED, 'src', 'cli', 'serve.js'), port, {
    NODE_ENV: 'production',
    LOG_LEVEL: 'error',
    HOST: '127.0.0.1',
    PORT: String(port),
    NEO4J_URI: neo4jUri,
    NEO4J_USER: 'neo4j',
    NEO4J_PASSWORD: password,
    NEO4J_DATABASE: 'neo4j',
    NEO4J_LOCAL_AUTOSTART: 'false',
    // The default read timeout stands: a benchmark that exceeds it should fail, not wait.
  });
}

export async function startNeo4jGraphQL(neo4jUri: string, password: string): Promise<ServerProcess> {
  const port = await freePort();
  return startServer(
    '@neo4j/graphql',
    path.join(COMPILED, 'bench', 'scale', 'neo4j-graphql-server.js'),
    port,
    {
      NODE_ENV: 'production',
      BENCH_NEO4J_URI: neo4jUri,
      BENCH_NEO4J_PASSWORD: password,
      BENCH_PORT: String(port),
    },
  );
}

async function startServer(
  name: string,
  script: string,
  port: number,
  env: Record<string, string>,
): Promise<ServerProcess> {
  const url = `http://127.0.0.1:${port}`;
  const output: string[] = [];
  if (!fs.existsSync(script)) throw new Error(`${script} is missing: compileServers() builds it`);
  const child: ChildProcess = spawn(NODE, [script], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => output.push(...chunk.toString('utf8').split('\n').filter(Boolean));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let exited: number | null = null;
  child.on('exit', (code) => {
    exited = code ?? 1;
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`${name} could not be started`);
  const stop = () =>
    new Promise<void>((resolve) => {
      if (exited !== null) return resolve();
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill('SIGTERM');
    });
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`${name} exited with ${exited}:\n${output.slice(-20).join('\n')}`);
    try {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      if (response.status === 200) return { name, url, pid, rssMiB: () => rssMiB(pid), stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`${name} did not answer within 120 s:\n${output.slice(-20).join('\n')}`);
}

export function rssMiB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return Math.round((kib / 1024) * 10) / 10;
}
