import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { createContext, type GraphQLContext } from './api/context';
import { GRAPHIQL_TABS } from './api/graphiql-examples';
import { createMaskError } from './api/mask-error';
import { requestIdOf, useAccessLog } from './api/plugins/access-log';
import { useArgumentLimits } from './api/plugins/argument-limits';
import { useBodyLimit } from './api/plugins/body-limit';
import { useCompiledExecution } from './api/plugins/compiled-execution';
import { useReadiness } from './api/plugins/readiness';
import { useRequestTransaction } from './api/plugins/request-transaction';
import { operationLimitPlugins } from './api/plugins/operation-limits';
import { useRequestScope } from './api/request-scope';
import { ONE_STATEMENT_ROOT_FIELDS } from './api/resolvers/query';
import { buildSchema } from './api/schema';
import type { Config } from './config';
import type { Database } from './db/database';
import type { Logger } from './logger';
import { useExplorerAssets } from './web-assets';

export interface AppDependencies {
  config: Config;
  database: Database;
  logger: Logger;
  /** The built explorer served at `/`; dist/web unless a test builds it elsewhere. */
  explorerRoot?: string;
}

export type App = YogaServerInstance<Record<string, never>, GraphQLContext>;

/** Builds the HTTP app without listening, so tests can call `app.fetch` in-process. */
export function createApp({ config, database, logger, explorerRoot }: AppDependencies): App {
  const limits = config.graphql;
  const development = config.env === 'development';
  return createYoga<Record<string, never>, GraphQLContext>({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    // Every error leaves with a code from api/errors.ts; unexpected ones are masked outside development.
    maskedErrors: { maskError: createMaskError(logger), isDev: development },
    logging: false,
    // useBodyLimit below refuses bodies over HTTP_MAX_BODY_BYTES, with a message naming it.
    maxRequestBodySize: false,
    cors: { origin: limits.corsOrigins === '*' ? '*' : [...limits.corsOrigins], methods: ['GET', 'POST'] },
    graphiql: { title: 'Bilateral ties', defaultTabs: GRAPHIQL_TABS },
    renderGraphiQL,
    context: ({ request }) =>
      createContext({
        database,
        logger,
        requestId: requestIdOf(request),
        readTimeoutMs: limits.readTimeoutMs,
      }),
    plugins: [
      useAccessLog(logger),
      useBodyLimit(config.http.maxBodyBytes),
      useExplorerAssets(explorerRoot),
      ...operationLimitPlugins(limits),
      useArgumentLimits({
        maxPageSize: limits.maxPageSize,
        maxListLength: limits.maxListLength,
        maxCost: limits.maxCost,
      }),
      // Before useRequestTransaction, which wraps the executor it is given.
      useCompiledExecution(logger),
      useRequestScope(),
      useRequestTransaction({
        cacheEntries: limits.responseCacheEntries,
        oneStatementFields: ONE_STATEMENT_ROOT_FIELDS,
      }),
      useReadiness('/ready', async (fetchAPI) => {
        try {
          // Within its own deadline: a frozen Neo4j makes /ready say 503, not hang.
          await database.ping(config.http.readyTimeoutMs);
          return jsonResponse(fetchAPI, 200, { status: 'ready' });
        } catch (error) {
          // The driver's message names hosts and ports: the log has it, the response does not.
          const detail = error instanceof Error ? error.message : String(error);
          logger.warn({ reason: detail }, 'readiness check failed');
          return jsonResponse(fetchAPI, 503, {
            status: 'unavailable',
            reason: 'Neo4j is unavailable right now; the service log says why.',
          });
        }
      }),
    ],
  });
}

function jsonResponse(fetchAPI: { Response: typeof Response }, status: number, body: unknown): Response {
  return new fetchAPI.Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}
