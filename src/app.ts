import { randomUUID } from 'node:crypto';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, useReadinessCheck, type YogaServerInstance } from 'graphql-yoga';
import { createContext, type GraphQLContext } from './api/context';
import { GRAPHIQL_TABS } from './api/graphiql-examples';
import { createMaskError } from './api/mask-error';
import { useArgumentLimits } from './api/plugins/argument-limits';
import { operationLimitPlugins } from './api/plugins/operation-limits';
import { useRequestScope } from './api/request-scope';
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
    cors: { origin: limits.corsOrigins === '*' ? '*' : [...limits.corsOrigins], methods: ['GET', 'POST'] },
    graphiql: { title: 'Bilateral ties', defaultTabs: GRAPHIQL_TABS },
    renderGraphiQL,
    context: ({ request }) =>
      createContext(database, logger, request.headers.get('x-request-id') ?? randomUUID()),
    plugins: [
      useExplorerAssets(explorerRoot),
      ...operationLimitPlugins(limits),
      useArgumentLimits({ maxPageSize: limits.maxPageSize }),
      useRequestScope(),
      useReadinessCheck({
        endpoint: '/ready',
        check: async ({ fetchAPI }) => {
          try {
            await database.ping();
            return jsonResponse(fetchAPI, 200, { status: 'ready' });
          } catch (error) {
            const reason = error instanceof Error ? error.message : String(error);
            logger.warn({ reason }, 'readiness check failed');
            return jsonResponse(fetchAPI, 503, { status: 'unavailable', reason });
          }
        },
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
