import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../../src/project-root';

const composeFile = path.join(PROJECT_ROOT, 'docker-compose.yml');
const PASSWORD = 'compose-check-password';

/** `docker compose` (plugin) or `docker-compose` (standalone), whichever this machine has. */
function composeCommand(): string[] {
  for (const command of [['docker', 'compose'], ['docker-compose']]) {
    const probe = spawnSync(command[0]!, [...command.slice(1), 'version'], { encoding: 'utf8' });
    if (probe.status === 0) return command;
  }
  throw new Error(
    'No compose client: neither `docker compose` nor `docker-compose` runs on this machine, so ' +
      'docker-compose.yml cannot be checked. Install one (Debian: apt-get install docker-compose; ' +
      '.ci/run does this).',
  );
}

/**
 * `config` of the compose client: the file as the client understands it, variables substituted and
 * short forms expanded. An empty env file keeps a developer's .env out; only `env` counts.
 */
function composeConfig(env: Record<string, string | undefined>) {
  const command = composeCommand();
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'bilateral-ties-compose-'));
  const envFile = path.join(scratch, 'empty.env');
  fs.writeFileSync(envFile, '');
  try {
    return spawnSync(command[0]!, [...command.slice(1), '--env-file', envFile, '-f', composeFile, 'config'], {
      encoding: 'utf8',
      env,
    });
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

interface NormalisedService {
  image?: string;
  build?: { context: string };
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
  ports?: { published: string | number; target: number }[];
  volumes?: (string | { type: string; source: string; target: string })[];
}

interface Normalised {
  services: Record<string, NormalisedService>;
  volumes: Record<string, unknown>;
}

/** Ports as "published:target", whether the client wrote `published` as a number (v1) or text (v2). */
function portsOf(service: NormalisedService): string[] {
  return (service.ports ?? []).map((port) => `${port.published}:${port.target}`);
}

/** Volumes as "source:target", from the short form (docker-compose v1) or the long one (v2). */
function volumesOf(service: NormalisedService): string[] {
  return (service.volumes ?? []).map((volume) =>
    typeof volume === 'string'
      ? volume.split(':').slice(0, 2).join(':')
      : `${volume.source}:${volume.target}`,
  );
}

/** The environment with NEO4J_PASSWORD removed (the integration setup sets it for its own Neo4j). */
function environmentWithoutPassword(): Record<string, string | undefined> {
  const env = { ...process.env };
  delete env['NEO4J_PASSWORD'];
  return env;
}

describe('docker-compose.yml', () => {
  let compose: Normalised;

  beforeAll(() => {
    const result = composeConfig({ ...environmentWithoutPassword(), NEO4J_PASSWORD: PASSWORD });
    if (result.error) throw result.error;
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
    compose = parse(result.stdout) as Normalised;
  });

  it('when checked by the compose client, then it defines exactly the neo4j and api services and their named volumes', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['api', 'neo4j']);
    expect(Object.keys(compose.volumes).sort()).toEqual(['neo4j-data', 'neo4j-logs']);
  });

  it('when checked by the compose client, then Neo4j is the 5.26 community image with its ports, volumes and a cypher-shell health check', () => {
    const neo4j = compose.services['neo4j']!;
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(portsOf(neo4j).sort()).toEqual(['7474:7474', '7687:7687']);
    expect(volumesOf(neo4j).sort()).toEqual(['neo4j-data:/data', 'neo4j-logs:/logs']);
    const [kind, script] = neo4j.healthcheck?.test ?? [];
    expect(kind).toBe('CMD-SHELL');
    // The password is read inside the container from NEO4J_AUTH; compose prints the $ escaped or not.
    expect(script).toMatch(/^cypher-shell -u neo4j -p "\$?\$\{NEO4J_AUTH#neo4j\/\}" "RETURN 1"/);
  });

  it('when NEO4J_PASSWORD is set, then both services take that password from the environment', () => {
    expect(compose.services['neo4j']?.environment?.['NEO4J_AUTH']).toBe(`neo4j/${PASSWORD}`);
    expect(compose.services['api']?.environment).toMatchObject({
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: PASSWORD,
    });
  });

  it('when checked by the compose client, then the API is built from this folder, reaches the neo4j service over Bolt and listens on 4000 in production mode', () => {
    const api = compose.services['api']!;
    expect(api.build?.context).toBe(PROJECT_ROOT);
    expect(api.environment).toMatchObject({
      NODE_ENV: 'production',
      HOST: '0.0.0.0',
      PORT: '4000',
      NEO4J_DATABASE: 'neo4j',
    });
    // Inside the compose network the service name is the host name, and the port is the container's.
    const uri = new URL(api.environment?.['NEO4J_URI'] ?? '');
    expect(uri.protocol).toBe('bolt:');
    expect(uri.hostname).toBe('neo4j');
    expect(compose.services['neo4j']?.ports?.map((port) => String(port.target))).toContain(uri.port);
    expect(portsOf(api)).toEqual(['4000:4000']);
  });

  it('when checked by the compose client, then the API starts only once Neo4j reports healthy', () => {
    expect(compose.services['api']?.depends_on?.['neo4j']?.condition).toBe('service_healthy');
  });

  it('when NEO4J_PASSWORD is not set, then the compose client refuses the file and says to set it', () => {
    const result = composeConfig(environmentWithoutPassword());
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('set NEO4J_PASSWORD (at least 8 characters)');
    expect(result.stdout).toBe('');
  });
});
