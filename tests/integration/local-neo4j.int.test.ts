import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { LocalNeo4jError } from '../../src/local-neo4j/errors';
import { homePaths } from '../../src/local-neo4j/paths';
import { Database } from '../../src/db/database';
import { createDriver } from '../../src/db/driver';
import {
  readLivePid,
  startLocalNeo4j,
  type LocalNeo4jSettings,
  type RunningNeo4j,
} from '../../src/local-neo4j/process';
import { testNeo4jHome } from '../support/neo4j';
import { freePort } from '../support/ports';

const quiet = () => undefined;

function settings(home: string, port: number): LocalNeo4jSettings {
  return {
    home,
    host: '127.0.0.1',
    port,
    user: 'neo4j',
    password: 'launcher-test-password',
    database: 'neo4j',
    heapMiB: 256,
    pageCacheMiB: 16,
  };
}

describe('the local Neo4j launcher', () => {
  let scratch: string;

  beforeEach(() => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'bilateral-ties-launcher-'));
  });

  afterEach(() => fs.rmSync(scratch, { recursive: true, force: true }));

  it('when the Bolt port is taken, then it refuses to start and names the port', async () => {
    const holder = net.createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const { port } = holder.address() as net.AddressInfo;
    try {
      const start = startLocalNeo4j(settings(scratch, port), { detached: false, log: quiet });
      await expect(start).rejects.toBeInstanceOf(LocalNeo4jError);
      await expect(start).rejects.toThrow(`port ${port} on 127.0.0.1 is already in use`);
    } finally {
      await new Promise((resolve) => holder.close(resolve));
    }
  });

  it('when the password is shorter than 8 characters, then it refuses before starting Java', async () => {
    await expect(
      startLocalNeo4j({ ...settings(scratch, 1), password: 'short' }, { detached: false, log: quiet }),
    ).rejects.toThrow('NEO4J_PASSWORD must have at least 8 characters');
  });

  describe('against the data folder of a running Neo4j', () => {
    let home: string;
    let ownInstance: RunningNeo4j | undefined;

    beforeAll(async () => {
      // The global setup's Neo4j serves, unless the tests run against an external one.
      const shared = testNeo4jHome();
      if (shared) {
        home = shared;
        return;
      }
      home = fs.mkdtempSync(path.join(os.tmpdir(), 'bilateral-ties-launcher-home-'));
      ownInstance = await startLocalNeo4j(settings(home, await freePort()), { detached: false, log: quiet });
    }, 180_000);

    afterAll(async () => {
      if (!ownInstance) return;
      await ownInstance.stop();
      fs.rmSync(home, { recursive: true, force: true });
    });

    it('when its pid file is present, then a second start is refused as already running', async () => {
      await expect(startLocalNeo4j(settings(home, 1), { detached: false, log: quiet })).rejects.toThrow(
        /already running \(pid \d+\)/,
      );
    });

    it('when its pid file is gone, then the folder lock still refuses a second Neo4j', async () => {
      const { pidFile } = homePaths(home);
      const saved = fs.readFileSync(pidFile);
      fs.rmSync(pidFile);
      try {
        const start = startLocalNeo4j(settings(home, 1), { detached: false, log: quiet });
        await expect(start).rejects.toThrow(`the data folder ${home} is locked by another Neo4j process`);
      } finally {
        fs.writeFileSync(pidFile, saved);
      }
    });
  });

  it('when stopped and started again on the same folder, then the data is still there and the password still works', async () => {
    const settingsForRestart = settings(scratch, await freePort());
    const first = await startLocalNeo4j(settingsForRestart, { detached: false, log: quiet });
    const neo4jSettings = {
      uri: first.uri,
      user: 'neo4j',
      password: settingsForRestart.password,
      database: 'neo4j',
      connectAttempts: 1,
      connectBackoffMs: 0,
    };
    let database = new Database(createDriver(neo4jSettings), 'neo4j');
    await database.write({ name: 'before-restart' }, (tx) => tx.run("CREATE (:RestartProbe {name: 'kept'})"));
    await database.close();
    await first.stop();
    expect(readLivePid(scratch)).toBeNull();

    const second = await startLocalNeo4j(settingsForRestart, { detached: false, log: quiet });
    database = new Database(createDriver(neo4jSettings), 'neo4j');
    try {
      const names = await database.read({ name: 'after-restart' }, async (tx) =>
        (await tx.run('MATCH (p:RestartProbe) RETURN p.name AS name')).records.map(
          (r) => r.get('name') as string,
        ),
      );
      expect(names).toEqual(['kept']);
    } finally {
      await database.close();
      await second.stop();
    }
  }, 240_000);
});
