import fs from 'node:fs';
import { createApp, type App } from '../../../src/app';
import { Database } from '../../../src/db/database';
import { createDriver } from '../../../src/db/driver';
import { configWith } from '../../support/api';
import { captureConsoleErrors, memoryLogger } from '../../support/logger';
import { startThrowawayNeo4j, type ThrowawayNeo4j } from '../../support/throwaway-neo4j';

const READY_TIMEOUT_MS = 1_000;

function answeredWithin<T>(ms: number, answer: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const guard = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([answer, guard]).finally(() => clearTimeout(timer));
}

/**
 * Freezes a Neo4j of the test's own with SIGSTOP (the shared one must keep answering the other
 * tests): the process keeps its port, so connections are accepted and then never answered.
 */
describe('when Neo4j is frozen', () => {
  let neo4j: ThrowawayNeo4j;
  let database: Database;
  let app: App;

  beforeAll(async () => {
    neo4j = await startThrowawayNeo4j({ pageCacheMiB: 16, log: () => undefined });
    const config = configWith({
      NODE_ENV: 'production',
      NEO4J_URI: neo4j.running.uri,
      NEO4J_PASSWORD: neo4j.password,
      READY_TIMEOUT_MS: String(READY_TIMEOUT_MS),
    });
    database = new Database(createDriver(config.neo4j), 'neo4j');
    app = createApp({ config, database, logger: memoryLogger().logger });
  }, 240_000);

  afterAll(async () => {
    await database?.close();
    await neo4j?.running.stop();
    if (neo4j) fs.rmSync(neo4j.home, { recursive: true, force: true });
  });

  it('then /ready answers 503 at its deadline instead of waiting, and 200 again once Neo4j resumes', async () => {
    // On a busy machine the first connection alone may take longer than the deadline.
    expect(await readyAfterAWhile()).toBe(200);
    const driverLog = captureConsoleErrors();
    process.kill(neo4j.running.pid, 'SIGSTOP');
    try {
      // The guard only turns a hang into a failure; the deadline under test is READY_TIMEOUT_MS.
      const frozen = await answeredWithin(10_000, Promise.resolve(app.fetch('http://api.test/ready')));
      expect(frozen.status).toBe(503);
      expect(await frozen.json()).toEqual({
        status: 'unavailable',
        reason: 'Neo4j is unavailable right now; the service log says why.',
      });
    } finally {
      process.kill(neo4j.running.pid, 'SIGCONT');
      driverLog.restore();
    }
    expect(await readyAfterAWhile()).toBe(200);
  }, 120_000);

  /** The status of /ready once it says 200, or after 30 tries half a second apart. */
  async function readyAfterAWhile(): Promise<number> {
    let status = 0;
    for (let attempt = 0; attempt < 30 && status !== 200; attempt += 1) {
      status = (await app.fetch('http://api.test/ready')).status;
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    return status;
  }
});
