import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App } from './app';
import type { Config } from './config';

export interface RunningServer {
  /** Base URL the server is bound to, such as http://127.0.0.1:4000. */
  url: string;
  /** Stops accepting connections and resolves once in-flight requests have finished. */
  close(): Promise<void>;
}

export type ServerTimeouts = Pick<
  Config['http'],
  'requestTimeoutMs' | 'headersTimeoutMs' | 'keepAliveTimeoutMs'
>;

/** The defaults of HTTP_REQUEST_TIMEOUT_MS, HTTP_HEADERS_TIMEOUT_MS and HTTP_KEEP_ALIVE_TIMEOUT_MS. */
export const DEFAULT_TIMEOUTS: ServerTimeouts = {
  requestTimeoutMs: 30_000,
  headersTimeoutMs: 10_000,
  keepAliveTimeoutMs: 5_000,
};

export function listen(
  app: App,
  host: string,
  port: number,
  timeouts: ServerTimeouts = DEFAULT_TIMEOUTS,
): Promise<RunningServer> {
  const server: Server = createServer(
    {
      // A client that trickles its headers or body is cut off (408) instead of holding a socket.
      requestTimeout: timeouts.requestTimeoutMs,
      headersTimeout: timeouts.headersTimeoutMs,
      // Node 24 reads a request that reached an idle connection even when the event loop was held
      // up past this timeout; Node 20 closed such a connection unanswered (tests/integration/api/http).
      keepAliveTimeout: timeouts.keepAliveTimeoutMs,
      // The timeouts above are checked on this interval; the default (30 s) would let a slow
      // client overstay a short timeout by that much.
      connectionsCheckingInterval: Math.min(1_000, timeouts.headersTimeoutMs),
    },
    app,
  );
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolve({
        url: `http://${shownHost}:${address.port}`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            // Keep-alive connections with no request in flight would hold close() open.
            server.closeIdleConnections();
          }),
      });
    });
  });
}
