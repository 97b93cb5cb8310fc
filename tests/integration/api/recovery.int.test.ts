import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Database } from '../../../src/db/database';
import { createDriver } from '../../../src/db/driver';
import { loadArticles } from '../../../src/ingest/load-articles';
import {
  startLocalNeo4j,
  type LocalNeo4jSettings,
  type RunningNeo4j,
} from '../../../src/local-neo4j/process';
import { dataOf, errorCodes, testApi } from '../../support/api';
import { SEED_ARTICLE_FOLDER } from '../../support/article';
import { captureConsoleErrors } from '../../support/logger';
import { testConfig } from '../../support/neo4j';
import { freePort } from '../../support/ports';

/**
 * Uses a Neo4j of its own, so that stopping it does not disturb the other tests. The app and its
 * driver stay up throughout: recovery must need no restart.
 */
describe('when Neo4j goes away and comes back', () => {
  let home: string;
  let settings: LocalNeo4jSettings;
  let neo4j: RunningNeo4j | undefined;
  let database: Database;

  beforeAll(async () => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'bilateral-ties-recovery-'));
    settings = {
      home,
      host: '127.0.0.1',
      port: await freePort(),
      user: 'neo4j',
      password: 'recovery-test-password',
      database: 'neo4j',
      heapMiB: 512,
      pageCacheMiB: 16,
    };
    neo4j = await startLocalNeo4j(settings, { detached: false, log: () => undefined });
    const config = testConfig();
    database = new Database(
      createDriver({ ...config.neo4j, uri: neo4j.uri, password: settings.password }),
      'neo4j',
    );
    await loadArticles(database, [SEED_ARTICLE_FOLDER]);
  }, 240_000);

  afterAll(async () => {
    await database.close();
    await neo4j?.stop();
    fs.rmSync(home, { recursive: true, force: true });
  });

  it('then queries fail with SERVICE_UNAVAILABLE and /ready says 503, and both recover by themselves', async () => {
    const api = testApi(database);
    const query = `{ bilateralRelation(countryA: "country:rwanda", countryB: "country:kazakhstan") { since { value } } }`;
    expect(dataOf(await api.query(query))['bilateralRelation'].since.value).toBe('2012');

    // The driver reports the dropped connection on the console; kept out of the test output.
    const driverLog = captureConsoleErrors();
    try {
      await neo4j!.stop();
      neo4j = undefined;
      const down = await api.query(query);
      expect(errorCodes(down)).toEqual(['SERVICE_UNAVAILABLE']);
      expect(down.body.errors?.[0]?.message).toMatch(/unavailable/);
      const notReady = await api.app.fetch('http://api.test/ready');
      expect(notReady.status).toBe(503);
      expect(((await notReady.json()) as { reason: string }).reason).toMatch(/Neo4j is unavailable/);
      expect((await api.app.fetch('http://api.test/health')).status).toBe(200);

      neo4j = await startLocalNeo4j(settings, { detached: false, log: () => undefined });
      expect((await api.app.fetch('http://api.test/ready')).status).toBe(200);
      expect(dataOf(await api.query(query))['bilateralRelation'].since.value).toBe('2012');
    } finally {
      driverLog.restore();
    }
  }, 240_000);
});
