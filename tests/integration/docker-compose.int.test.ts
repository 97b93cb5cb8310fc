import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { createApp } from '../../src/app';
import { Database } from '../../src/db/database';
import { createDriver } from '../../src/db/driver';
import { PROJECT_ROOT } from '../../src/project-root';
import { listen } from '../../src/server';
import { memoryLogger } from '../support/logger';
import { openTestDatabase, testConfig } from '../support/neo4j';
import { freePort } from '../support/ports';

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
  restart?: string;
  environment?: Record<string, string>;
  healthcheck?: { test: string[]; start_period?: string };
  depends_on?: Record<string, { condition: string }>;
  ports?: (string | { host_ip?: string; published: string | number; target: number })[];
  volumes?: (string | { type: string; source: string; target: string })[];
}

interface Normalised {
  services: Record<string, NormalisedService>;
  volumes: Record<string, unknown>;
}

/**
 * Ports as "host:published:target": docker-compose v1 writes them as text ("127.0.0.1:7474:7474/tcp"),
 * v2 as objects (host_ip, published as text, target).
 */
function portsOf(service: NormalisedService): string[] {
  return (service.ports ?? []).map((port) =>
    typeof port === 'string'
      ? port.replace(/\/tcp$/, '')
      : `${port.host_ip ?? ''}:${port.published}:${port.target}`,
  );
}

/** The Neo4j release the local Neo4j runs (neo4j-local/pom.xml), such as 5.26.30. */
function localNeo4jVersion(): string {
  const pom = fs.readFileSync(path.join(PROJECT_ROOT, 'neo4j-local', 'pom.xml'), 'utf8');
  const version = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(pom)?.[1];
  if (!version) throw new Error('neo4j-local/pom.xml names no <neo4j.version>');
  return version;
}

/**
 * Runs a CMD health check as the container would, with this machine's node and the given PORT:
 * resolves to its exit code. Asynchronous, so a server in this process can answer it.
 */
function runHealthCheck(test: string[], port: number): Promise<number | null> {
  const [kind, command, ...args] = test;
  if (kind !== 'CMD' || command !== 'node') throw new Error(`not a CMD node health check: ${test.join(' ')}`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      env: { PATH: process.env['PATH'] ?? '', PORT: String(port) },
      stdio: 'ignore',
    });
    child.once('error', reject);
    child.once('exit', (code) => resolve(code));
  });
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

  it("when checked by the compose client, then Neo4j is the community image of the local Neo4j's exact release, published on loopback, with its volumes and a cypher-shell health check", () => {
    const neo4j = compose.services['neo4j']!;
    expect(localNeo4jVersion()).toMatch(/^5\.26\.\d+$/);
    expect(neo4j.image).toBe(`neo4j:${localNeo4jVersion()}-community`);
    expect(portsOf(neo4j).sort()).toEqual(['127.0.0.1:7474:7474', '127.0.0.1:7687:7687']);
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
    expect(portsOf(compose.services['neo4j']!).map((port) => port.split(':')[2])).toContain(uri.port);
    expect(portsOf(api)).toEqual(['127.0.0.1:4000:4000']);
  });

  it('when checked by the compose client, then both services restart unless stopped by hand', () => {
    expect(compose.services['neo4j']?.restart).toBe('unless-stopped');
    expect(compose.services['api']?.restart).toBe('unless-stopped');
  });

  it('when PUBLISH_ADDRESS is set, then every port is published on that address instead of loopback', () => {
    const result = composeConfig({
      ...environmentWithoutPassword(),
      NEO4J_PASSWORD: PASSWORD,
      PUBLISH_ADDRESS: '0.0.0.0',
    });
    expect(result.status).toBe(0);
    const services = (parse(result.stdout) as Normalised).services;
    expect([...portsOf(services['neo4j']!), ...portsOf(services['api']!)].sort()).toEqual([
      '0.0.0.0:4000:4000',
      '0.0.0.0:7474:7474',
      '0.0.0.0:7687:7687',
    ]);
  });

  it('when checked by the compose client, then the API starts only once Neo4j reports healthy', () => {
    expect(compose.services['api']?.depends_on?.['neo4j']?.condition).toBe('service_healthy');
  });

  it('when the API serves with Neo4j answering, then its health check passes; when Neo4j does not answer or nothing listens, it fails', async () => {
    const test = compose.services['api']?.healthcheck?.test ?? [];
    expect(compose.services['api']?.healthcheck?.start_period).toMatch(/^(60s|1m)$/);
    const config = testConfig();
    const answering = openTestDatabase();
    const dead = new Database(
      createDriver({ ...config.neo4j, uri: `bolt://127.0.0.1:${await freePort()}` }),
      config.neo4j.database,
    );
    const logger = memoryLogger().logger;
    const ready = await listen(createApp({ config, database: answering, logger }), '127.0.0.1', 0);
    const unready = await listen(createApp({ config, database: dead, logger }), '127.0.0.1', 0);
    try {
      expect(await runHealthCheck(test, Number(new URL(ready.url).port))).toBe(0);
      expect(await runHealthCheck(test, Number(new URL(unready.url).port))).toBe(1);
      expect(await runHealthCheck(test, await freePort())).toBe(1);
    } finally {
      await ready.close();
      await unready.close();
      await answering.close();
      await dead.close();
    }
  });

  it('when NEO4J_PASSWORD is not set, then the compose client refuses the file and says to set it', () => {
    const result = composeConfig(environmentWithoutPassword());
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('set NEO4J_PASSWORD (at least 8 characters)');
    expect(result.stdout).toBe('');
  });
});
