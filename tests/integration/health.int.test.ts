import { createApp, type App } from '../../src/app';
import { Database } from '../../src/db/database';
import { createDriver } from '../../src/db/driver';
import { createLogger } from '../../src/logger';
import { freePort } from '../support/ports';
import { openTestDatabase, testConfig } from '../support/neo4j';

function appFor(database: Database): App {
  const config = testConfig();
  return createApp({ config, database, logger: createLogger(config) });
}

describe('health and readiness', () => {
  it('when Neo4j answers, then /health and /ready are 200', async () => {
    const database = openTestDatabase();
    try {
      const app = appFor(database);
      expect((await app.fetch('http://app/health')).status).toBe(200);
      const ready = await app.fetch('http://app/ready');
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: 'ready' });
    } finally {
      await database.close();
    }
  });

  it('when Neo4j does not answer, then /health stays 200 and /ready is 503 with the reason', async () => {
    const config = testConfig();
    const deadUri = `bolt://127.0.0.1:${await freePort()}`;
    const database = new Database(createDriver({ ...config.neo4j, uri: deadUri }), config.neo4j.database);
    try {
      const app = appFor(database);
      expect((await app.fetch('http://app/health')).status).toBe(200);
      const ready = await app.fetch('http://app/ready');
      expect(ready.status).toBe(503);
      const body = (await ready.json()) as { status: string; reason: string };
      expect(body.status).toBe('unavailable');
      expect(body.reason).toMatch(/Neo4j is unavailable/);
    } finally {
      await database.close();
    }
  });
});
