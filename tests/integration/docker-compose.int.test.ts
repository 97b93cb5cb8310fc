import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../../src/project-root';

const composeFile = path.join(PROJECT_ROOT, 'docker-compose.yml');

/** `docker compose` (plugin) or `docker-compose` (standalone), whichever this machine has. */
function composeCommand(): string[] | null {
  for (const command of [['docker', 'compose'], ['docker-compose']]) {
    const probe = spawnSync(command[0]!, [...command.slice(1), 'version'], { encoding: 'utf8' });
    if (probe.status === 0) return command;
  }
  return null;
}

interface ComposeService {
  image?: string;
  environment?: Record<string, string>;
  healthcheck?: { test: unknown };
  depends_on?: Record<string, { condition: string }>;
  ports?: unknown[];
  volumes?: unknown[];
}

describe('docker-compose.yml', () => {
  it('when read as YAML, then Neo4j is the 5.26 community image with health check and volumes, and the API waits for it', () => {
    const compose = parse(fs.readFileSync(composeFile, 'utf8')) as {
      services: Record<string, ComposeService>;
      volumes: Record<string, unknown>;
    };
    const neo4j = compose.services['neo4j']!;
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(neo4j.healthcheck).toBeDefined();
    expect(neo4j.environment?.['NEO4J_AUTH']).toMatch(/\$\{NEO4J_PASSWORD/);
    expect(JSON.stringify(neo4j.ports)).toMatch(/7474/);
    expect(JSON.stringify(neo4j.ports)).toMatch(/7687/);
    expect(Object.keys(compose.volumes)).toEqual(expect.arrayContaining(['neo4j-data', 'neo4j-logs']));
    expect(compose.services['api']?.depends_on?.['neo4j']?.condition).toBe('service_healthy');
  });

  const command = composeCommand();
  // The repository's CI installs a compose client; a machine without one cannot run this check.
  (command ? it : it.skip)('when checked by the compose client, then it is a valid compose file', () => {
    const result = spawnSync(command![0]!, [...command!.slice(1), '-f', composeFile, 'config', '-q'], {
      encoding: 'utf8',
      env: { ...process.env, NEO4J_PASSWORD: 'compose-check-password' },
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
