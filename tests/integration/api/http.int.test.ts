import net from 'node:net';
import { createApp } from '../../../src/app';
import type { TransactionWork, UnitOfWork } from '../../../src/db/database';
import { createLogger } from '../../../src/logger';
import { listen, type RunningServer } from '../../../src/server';
import { GRAPHIQL_TABS } from '../../../src/api/graphiql-examples';
import { CountingDatabase, configWith } from '../../support/api';
import { createDriver } from '../../../src/db/driver';
import { loadSeedArticle } from '../../support/graph';
import { testConfig } from '../../support/neo4j';

/** Reads wait a moment first, so a request is surely in flight when shutdown starts. */
class SlowDatabase extends CountingDatabase {
  delayMs = 0;
  override async read<T>(unit: UnitOfWork, work: TransactionWork<T>): Promise<T> {
    await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    return super.read(unit, work);
  }
}

describe('the API over a real port', () => {
  let database: SlowDatabase;
  let server: RunningServer;

  beforeAll(async () => {
    const config = configWith({ CORS_ORIGINS: 'https://dashboard.example' });
    database = new SlowDatabase(createDriver(testConfig().neo4j), 'neo4j');
    await loadSeedArticle(database);
    server = await listen(createApp({ config, database, logger: createLogger(config) }), '127.0.0.1', 0);
  });

  afterAll(() => database.close());

  it('when a query comes by GET asking for application/graphql-response+json, then it answers in that type', async () => {
    const url = `${server.url}/graphql?query=${encodeURIComponent('{ status { database } }')}`;
    const response = await fetch(url, { headers: { accept: 'application/graphql-response+json' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect(await response.json()).toEqual({ data: { status: { database: 'neo4j' } } });
  });

  it('when a query comes by POST, then it answers with data', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ node(id: "country:rwanda") { id } }' }),
    });
    expect(await response.json()).toEqual({ data: { node: { id: 'country:rwanda' } } });
  });

  it('when a configured origin sends a preflight, then CORS allows it; another origin is not allowed', async () => {
    const preflight = (origin: string) =>
      fetch(`${server.url}/graphql`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });
    expect((await preflight('https://dashboard.example')).headers.get('access-control-allow-origin')).toBe(
      'https://dashboard.example',
    );
    expect(
      (await preflight('https://elsewhere.example')).headers.get('access-control-allow-origin'),
    ).not.toBe('https://elsewhere.example');
  });

  it('when a browser opens /graphql, then GraphiQL is served with the example tabs and no CDN', async () => {
    const response = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain('Bilateral ties');
    for (const tab of GRAPHIQL_TABS) expect(html).toContain(JSON.stringify(tab.query).slice(1, 40));
    expect(html).not.toContain('unpkg.com');
  });

  it('when shutdown starts during a request, then the request finishes and new connections are refused', async () => {
    database.delayMs = 500;
    const inFlight = fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ events(first: 1) { edges { node { id } } } }' }),
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const closing = server.close();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(
      ((await response.json()) as { data: { events: { edges: unknown[] } } }).data.events.edges,
    ).toHaveLength(1);
    await closing;
    await expect(fetch(`${server.url}/health`)).rejects.toThrow();
  });
});

describe('a keep-alive connection reused at the last moment', () => {
  let database: CountingDatabase;
  let server: RunningServer;

  beforeAll(async () => {
    const config = testConfig();
    database = new CountingDatabase(createDriver(config.neo4j), 'neo4j');
    server = await listen(createApp({ config, database, logger: createLogger(config) }), '127.0.0.1', 0, {
      requestTimeoutMs: 30_000,
      headersTimeoutMs: 10_000,
      keepAliveTimeoutMs: 1_000,
    });
  });

  afterAll(async () => {
    await server.close();
    await database.close();
  });

  it('when the server is held up just as the advertised idle time ends, then the request sent before it still gets its response', async () => {
    const { hostname, port } = new URL(server.url);
    const socket = net.connect(Number(port), hostname);
    socket.setEncoding('utf8');
    let received = '';
    socket.on('data', (chunk: string) => (received += chunk));
    socket.on('error', () => undefined);
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    const responses = () => received.match(/HTTP\/1\.1 \d{3}/g) ?? [];
    const waitFor = async (count: number) => {
      for (let i = 0; i < 100 && responses().length < count && !socket.destroyed; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    const request = 'GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n';

    socket.write(request);
    await waitFor(1);
    expect(received).toMatch(/Keep-Alive: timeout=1\r\n/);
    // Within the advertised second, as a client that honours Keep-Alive may do...
    await new Promise((resolve) => setTimeout(resolve, 900));
    socket.write(request);
    // ...while the server's event loop is held up past it (here by the test itself: the server
    // runs in this process), so its idle timer is due before the request is read.
    const heldUntil = Date.now() + 2_500;
    while (Date.now() < heldUntil) {
      // Busy: nothing else runs.
    }
    await waitFor(2);
    expect(responses()).toEqual(['HTTP/1.1 200', 'HTTP/1.1 200']);
    socket.end();
    await closed;
  });
});
