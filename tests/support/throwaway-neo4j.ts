import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Database } from '../../src/db/database';
import { createDriver } from '../../src/db/driver';
import { startLocalNeo4j, type RunningNeo4j } from '../../src/local-neo4j/process';
import { freePort } from './ports';

export interface ThrowawayNeo4j {
  running: RunningNeo4j;
  home: string;
  password: string;
}

/**
 * A Neo4j of its own for tests and benchmarks: a free loopback port, a temporary data folder and
 * a random password, attached to this process. Never the configured one.
 */
export async function startThrowawayNeo4j(options: {
  pageCacheMiB: number;
  /** JVM heap cap; 1 GiB unless a benchmark of a large graph asks for more. */
  heapMiB?: number;
  log: (line: string) => void;
}): Promise<ThrowawayNeo4j> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'bilateral-ties-test-neo4j-'));
  const password = randomBytes(12).toString('hex');
  const running = await startLocalNeo4j(
    {
      home,
      host: '127.0.0.1',
      port: await freePort(),
      user: 'neo4j',
      password,
      database: 'neo4j',
      heapMiB: options.heapMiB ?? 1024,
      pageCacheMiB: options.pageCacheMiB,
    },
    { detached: false, log: options.log },
  );
  return { running, home, password };
}

/** A Database on a throwaway Neo4j, trying once: it has just said it is ready. */
export function throwawayDatabase({
  running,
  password,
}: Pick<ThrowawayNeo4j, 'running' | 'password'>): Database {
  const driver = createDriver({
    uri: running.uri,
    user: 'neo4j',
    password,
    database: 'neo4j',
    connectAttempts: 1,
    connectBackoffMs: 0,
  });
  return new Database(driver, 'neo4j');
}
