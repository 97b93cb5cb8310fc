import { createApp, type App } from '../../src/app';
import { Database } from '../../src/db/database';
import { createDriver } from '../../src/db/driver';
import { memoryLogger, type MemoryLogger } from '../support/logger';
import { freePort } from '../support/ports';
import { openTestDatabase, testConfig } from '../support/neo4j';

function appFor(database: Database, log: MemoryLogger = memoryLogger()): App {
  return createApp({ config: testConfig(), database, logger: log.logger });
}

describe('health and readiness', () => {
  it('when Neo4j answers, then /health and /ready are 200 and nothing but their access lines is logged', async () => {
    const database = openTestDatabase();
    const log = memoryLogger();
    try {
      const app = appFor(database, log);
      expect((await app.fetch('http://app/health')).status).toBe(200);
      const ready = await app.fetch('http://app/ready');
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: 'ready' });
      expect(log.entries).toEqual([
        expect.objectContaining({ msg: 'request', method: 'GET', path: '/health', status: 200 }),
        expect.objectContaining({ msg: 'request', method: 'GET', path: '/ready', status: 200 }),
      ]);
    } finally {
      await database.close();
    }
  });

  it('when Neo4j does not answer, then /health stays 200, /ready is 503, and the driver reason is logged, not sent', async () => {
    const config = testConfig();
    const deadUri = `bolt://127.0.0.1:${await freePort()}`;
    const database = new Database(createDriver({ ...config.neo4j, uri: deadUri }), config.neo4j.database);
    const log = memoryLogger();
    try {
      const app = appFor(database, log);
      expect((await app.fetch('http://app/health')).status).toBe(200);
      const ready = await app.fetch('http://app/ready');
      expect(ready.status).toBe(503);
      const body = (await ready.json()) as { status: string; reason: string };
      expect(body.status).toBe('unavailable');
      expect(body.reason).toMatch(/Neo4j is unavailable/);
      // The address is the operator's to read in the log, not a client's.
      expect(JSON.stringify(body)).not.toContain(deadUri.slice('bolt://'.length));
      expect(log.at('warn')).toEqual([
        expect.objectContaining({
          msg: 'readiness check failed',
          reason: expect.stringContaining(deadUri.slice('bolt://'.length)),
        }),
      ]);
    } finally {
      await database.close();
    }
  });
});
