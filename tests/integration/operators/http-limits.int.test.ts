import net from 'node:net';
import { createApp } from '../../../src/app';
import { Database } from '../../../src/db/database';
import { createDriver } from '../../../src/db/driver';
import { listen, type RunningServer } from '../../../src/server';
import { configWith, countingTestDatabase, type CountingDatabase } from '../../support/api';
import { memoryLogger, type MemoryLogger } from '../../support/logger';
import { testConfig } from '../../support/neo4j';
import { freePort } from '../../support/ports';

const LIMIT = 2_000;

/** A raw socket to the server, to send a request as slowly as a hostile client would. */
function rawClient(url: string) {
  const { hostname, port } = new URL(url);
  const socket = net.connect(Number(port), hostname);
  let received = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => (received += chunk));
  socket.on('error', () => undefined);
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  let isClosed = false;
  void closed.then(() => (isClosed = true));
  return {
    socket,
    closed,
    received: () => received,
    isClosed: () => isClosed,
  };
}

/** Writes `text` one byte at a time, `pauseMs` apart, until done or the server closed the socket. */
async function trickle(client: ReturnType<typeof rawClient>, text: string, pauseMs: number): Promise<number> {
  let sent = 0;
  for (const byte of text) {
    if (client.isClosed()) break;
    client.socket.write(byte);
    sent += 1;
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
  return sent;
}

describe('the HTTP server under abuse and for operators', () => {
  let database: CountingDatabase;
  let logs: MemoryLogger;
  let server: RunningServer;

  beforeAll(async () => {
    database = countingTestDatabase();
    logs = memoryLogger('info');
    const config = configWith({ NODE_ENV: 'production', HTTP_MAX_BODY_BYTES: String(LIMIT) });
    server = await listen(createApp({ config, database, logger: logs.logger }), '127.0.0.1', 0, {
      requestTimeoutMs: 1_000,
      headersTimeoutMs: 500,
      keepAliveTimeoutMs: 5_000,
    });
  });

  afterAll(async () => {
    await server.close();
    await database.close();
  });

  const post = (body: BodyInit, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
      ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
    } as RequestInit);

  const tooLarge = `The request body is over the limit of ${LIMIT} bytes (HTTP_MAX_BODY_BYTES); send a smaller one.`;
  const oversized = JSON.stringify({
    query: `{ status { database } }`,
    variables: { pad: 'x'.repeat(LIMIT) },
  });

  it('when a body is over the limit by its Content-Length, then the answer is 413 naming the limit, and nothing reaches Neo4j', async () => {
    database.reset();
    const response = await post(oversized);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [{ message: tooLarge, extensions: { code: 'REQUEST_ENTITY_TOO_LARGE' } }],
    });
    expect(database.units).toEqual([]);
  });

  it('when a chunked body (no Content-Length) grows over the limit, then the answer is 413 naming the limit', async () => {
    database.reset();
    const bytes = new TextEncoder().encode(oversized.repeat(50));
    let sentChunks = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        const start = sentChunks * 1_000;
        if (start >= bytes.length) return controller.close();
        controller.enqueue(bytes.subarray(start, start + 1_000));
        sentChunks += 1;
      },
    });
    const response = await post(body);
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: { message: string }[] }).errors[0]?.message).toBe(tooLarge);
    expect(database.units).toEqual([]);
  });

  it('when a body is within the limit, then the operation runs', async () => {
    const response = await post(JSON.stringify({ query: `{ status { database } }` }));
    expect(await response.json()).toEqual({ data: { status: { database: 'neo4j' } } });
  });

  it('when a client sends its body too slowly, then the server answers 408 and closes the socket before the body is done', async () => {
    const client = rawClient(server.url);
    const body = JSON.stringify({ query: `{ status { database } }` }).padEnd(200, ' ');
    client.socket.write(
      `POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`,
    );
    // 200 bytes 50 ms apart would take 10 s; the request timeout is 1 s.
    const sent = await trickle(client, body, 50);
    await client.closed;
    expect(sent).toBeLessThan(body.length);
    expect(client.received()).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('when a client sends its headers too slowly, then the server answers 408 and closes the socket', async () => {
    const client = rawClient(server.url);
    const headers = `GET /health HTTP/1.1\r\nHost: localhost\r\nX-Slow: ${'a'.repeat(200)}\r\n\r\n`;
    const sent = await trickle(client, headers, 50);
    await client.closed;
    expect(sent).toBeLessThan(headers.length);
    expect(client.received()).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('when requests come, then each gets one access-log line and its request id back in x-request-id', async () => {
    logs.entries.length = 0;
    const health = await fetch(
      `${server.url}/graphql?query=${encodeURIComponent('{ status { database } }')}`,
    );
    const named = await post(JSON.stringify({ query: `query Status { status { database } }` }), {
      'x-request-id': 'client-id.42',
    });
    const refused = await post(JSON.stringify({ query: `{ nodes(ids: [${'"a:b",'.repeat(101)}]) { id } }` }));
    const lines = logs.entries.filter((entry) => entry.msg === 'request');
    expect(lines).toEqual([
      {
        level: 30,
        time: expect.any(Number),
        service: 'bilateral-ties',
        msg: 'request',
        requestId: health.headers.get('x-request-id'),
        method: 'GET',
        path: '/graphql',
        status: 200,
        durationMs: expect.any(Number),
      },
      expect.objectContaining({
        requestId: 'client-id.42',
        method: 'POST',
        path: '/graphql',
        status: 200,
        operation: 'Status',
      }),
      expect.objectContaining({ requestId: refused.headers.get('x-request-id'), status: 200 }),
    ]);
    expect(named.headers.get('x-request-id')).toBe('client-id.42');
    expect(health.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('when a client sends an x-request-id that is not a plain id, then the request gets a new one', async () => {
    const response = await fetch(`${server.url}/health`, { headers: { 'x-request-id': 'two words' } });
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('when a request fails unexpectedly, then the id in the error, the header and the log is the same', async () => {
    const failing = new (class extends Database {
      override read(): Promise<never> {
        return Promise.reject(new TypeError('secret internal detail'));
      }
    })(createDriver(testConfig().neo4j), 'neo4j');
    const failingLogs = memoryLogger('info');
    const app = createApp({
      config: configWith({ NODE_ENV: 'production' }),
      database: failing,
      logger: failingLogs.logger,
    });
    try {
      const response = await app.fetch('http://api.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'abc-123' },
        body: JSON.stringify({ query: `{ events { totalCount } }` }),
      });
      const body = (await response.json()) as { errors: { extensions: { requestId: string } }[] };
      expect(body.errors[0]?.extensions.requestId).toBe('abc-123');
      expect(response.headers.get('x-request-id')).toBe('abc-123');
      expect(failingLogs.at('error')[0]).toEqual(expect.objectContaining({ requestId: 'abc-123' }));
      expect(failingLogs.entries.find((entry) => entry.msg === 'request')).toEqual(
        expect.objectContaining({ requestId: 'abc-123', status: 200 }),
      );
    } finally {
      await failing.close();
    }
  });
});

describe('what a production server tells clients', () => {
  it('when Neo4j cannot be reached, then /ready says 503 without the driver message, which goes to the log', async () => {
    const port = await freePort();
    const dead = new Database(
      createDriver({ ...testConfig().neo4j, uri: `bolt://127.0.0.1:${port}` }),
      'neo4j',
    );
    const logs = memoryLogger('info');
    try {
      const app = createApp({
        config: configWith({ NODE_ENV: 'production' }),
        database: dead,
        logger: logs.logger,
      });
      const response = await app.fetch('http://api.test/ready');
      expect(response.status).toBe(503);
      const text = await response.text();
      expect(JSON.parse(text)).toEqual({
        status: 'unavailable',
        reason: 'Neo4j is unavailable right now; the service log says why.',
      });
      expect(text).not.toMatch(new RegExp(`ECONNREFUSED|127\\.0\\.0\\.1|${port}`));
      expect(logs.at('warn')).toEqual([
        expect.objectContaining({
          msg: 'readiness check failed',
          reason: expect.stringContaining(String(port)),
        }),
      ]);
    } finally {
      await dead.close();
    }
  });

  it('when the body is not JSON, then production answers BAD_REQUEST without the parser’s error; development shows it', async () => {
    const database = countingTestDatabase();
    try {
      const send = (env: string) =>
        createApp({ config: configWith({ NODE_ENV: env }), database, logger: memoryLogger().logger }).fetch(
          'http://api.test/graphql',
          {
            method: 'POST',
            headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
            body: '{"query": ',
          },
        );
      const production = await send('production');
      expect(production.status).toBe(400);
      expect(await production.json()).toEqual({
        errors: [{ message: 'POST body sent invalid JSON.', extensions: { code: 'BAD_REQUEST' } }],
      });
      const development = (await (await send('development')).json()) as {
        errors: { extensions: Record<string, unknown> }[];
      };
      expect(development.errors[0]?.extensions['originalError']).toEqual(
        expect.objectContaining({ name: 'SyntaxError' }),
      );
    } finally {
      await database.close();
    }
  });
});
