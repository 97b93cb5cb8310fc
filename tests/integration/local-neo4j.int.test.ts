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

  describe('with an HTTP port', () => {
    it('when it is free, then Neo4j Browser is served there on the Bolt host and told where Bolt is', async () => {
      const local = { ...settings(scratch, await freePort()), httpPort: await freePort() };
      const lines: string[] = [];
      const running = await startLocalNeo4j(local, { detached: false, log: (line) => lines.push(line) });
      try {
        const base = `http://127.0.0.1:${local.httpPort}`;
        expect(lines).toContain(`Neo4j Browser: ${base}/browser/`);
        // Browser reads this first to find the database.
        expect(await (await fetch(`${base}/`)).json()).toMatchObject({
          bolt_direct: `bolt://127.0.0.1:${local.port}`,
          neo4j_version: expect.stringMatching(/^5\.26\./),
        });
        const page = await fetch(`${base}/browser/`);
        expect(page.status).toBe(200);
        expect(await page.text()).toContain('<title>Neo4j Browser</title>');
        // Browser talks Bolt over a WebSocket; nothing else is served over HTTP.
        expect(await webSocketStatusLine(local.port, base)).toBe('HTTP/1.1 101 Switching Protocols');
        expect((await fetch(`${base}/db/neo4j/tx/commit`, { method: 'POST' })).status).toBe(404);
      } finally {
        await running.stop();
      }
    }, 180_000);

    it('when it is taken, then the database starts anyway and says Browser is not served', async () => {
      const holder = net.createServer();
      await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
      const httpPort = (holder.address() as net.AddressInfo).port;
      const lines: string[] = [];
      try {
        const running = await startLocalNeo4j(
          { ...settings(scratch, await freePort()), httpPort },
          { detached: false, log: (line) => lines.push(line) },
        );
        await running.stop();
      } finally {
        await new Promise((resolve) => holder.close(resolve));
      }
      expect(lines).toContain(`Neo4j Browser is not served: port ${httpPort} on 127.0.0.1 is already in use`);
    }, 180_000);
  });
});

/** The first line of the answer to a WebSocket upgrade on the Bolt port, as Browser sends it. */
function webSocketStatusLine(port: number, origin: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () =>
      socket.write(
        [
          'GET / HTTP/1.1',
          `Host: 127.0.0.1:${port}`,
          'Upgrade: websocket',
          'Connection: Upgrade',
          'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
          'Sec-WebSocket-Version: 13',
          `Origin: ${origin}`,
          '',
          '',
        ].join('\r\n'),
      ),
    );
    socket.once('data', (data) => {
      resolve(data.toString().split('\r\n')[0] ?? '');
      socket.destroy();
    });
    socket.once('error', reject);
  });
}
