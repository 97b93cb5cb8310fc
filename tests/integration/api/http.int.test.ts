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
