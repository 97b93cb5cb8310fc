import { randomUUID } from 'node:crypto';
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../../logger';

interface RequestRecord {
  id: string;
  startedAt: number;
  operation?: string;
}

/** What each request in flight is known by; dropped with the request. */
const records = new WeakMap<Request, RequestRecord>();

/**
 * A client's own x-request-id is kept when it is a plausible id (it ends up in logs and in Neo4j's
 * transaction metadata, so no free text); otherwise the request gets a new one.
 */
const CLIENT_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The id of a request: the one the access log writes, the context carries and the response returns. */
export function requestIdOf(request: Request): string {
  let record = records.get(request);
  if (!record) {
    record = { id: chooseId(request.headers.get('x-request-id')), startedAt: performance.now() };
    records.set(request, record);
  }
  return record.id;
}

function chooseId(given: string | null): string {
  return given !== null && CLIENT_ID.test(given) ? given : randomUUID();
}

/**
 * One access-log line per request (method, path, status, duration, operation name, request id)
 * through our logger, and the request id in the `x-request-id` response header. The path leaves
 * out the query string: a GET carries its whole operation and variables there.
 */
export function useAccessLog(logger: Logger): Plugin {
  return {
    onRequest({ request }) {
      requestIdOf(request);
    },
    onParams({ params, request }) {
      const record = records.get(request);
      if (record && params.operationName) record.operation = params.operationName;
    },
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Request }).request;
      const record = request ? records.get(request) : undefined;
      const name = getOperationAST(args.document, args.operationName)?.name?.value;
      if (record && name) record.operation = name;
    },
    onResponse({ request, response }) {
      const id = requestIdOf(request);
      const record = records.get(request)!;
      response.headers.set('x-request-id', id);
      // The line's fields cost a URL parse; a server logging warnings only skips them.
      if (!logger.isLevelEnabled('info')) return;
      logger.info(
        {
          requestId: id,
          method: request.method,
          path: new URL(request.url, 'http://localhost').pathname,
          status: response.status,
          durationMs: Math.round((performance.now() - record.startedAt) * 10) / 10,
          ...(record.operation ? { operation: record.operation } : {}),
        },
        'request',
      );
    },
  };
}
