import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/project-root';

/**
 * Runs the real entry point as a separate process. Its working folder is an empty temporary one,
 * so no developer's .env is picked up; only the variables given here count.
 */
function serve(env: Record<string, string>) {
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'bilateral-ties-startup-'));
  try {
    return spawnSync(
      path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'),
      [path.join(PROJECT_ROOT, 'src', 'cli', 'serve.ts')],
      { cwd, env: { PATH: process.env['PATH'] ?? '', ...env }, encoding: 'utf8', timeout: 60_000 },
    );
  } finally {
    fs.rmSync(cwd, { recursive: true, force: true });
  }
}

describe('service start-up', () => {
  it('when the configuration is invalid, then the process stops with exit code 2 naming each bad variable', () => {
    const result = serve({ PORT: 'eighty', NEO4J_URI: 'http://localhost:7474' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/Invalid configuration:/);
    expect(result.stderr).toMatch(/PORT: expected a whole number from 0 to 65535/);
    expect(result.stderr).toMatch(/NEO4J_URI: expected a bolt:\/\//);
    expect(result.stderr).toMatch(/NEO4J_PASSWORD: required/);
  });

  it('when Neo4j never answers, then the process stops after its bounded retries naming the URI', () => {
    const result = serve({
      NEO4J_URI: 'bolt://127.0.0.1:9',
      NEO4J_PASSWORD: 'whatever-password',
      NEO4J_CONNECT_ATTEMPTS: '2',
      NEO4J_CONNECT_BACKOFF_MS: '10',
      LOG_LEVEL: 'error',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Neo4j at bolt:\/\/127\.0\.0\.1:9 did not answer after 2 attempt\(s\)/);
  });
});
