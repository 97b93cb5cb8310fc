import { randomUUID } from 'node:crypto';
import { createYoga, useReadinessCheck, type YogaServerInstance } from 'graphql-yoga';
import type { Config } from './config';
import type { Database } from './db/database';
import type { Logger } from './logger';
import type { GraphQLContext } from './api/context';
import { buildSchema } from './api/schema';

export interface AppDependencies {
  config: Config;
  database: Database;
  logger: Logger;
}

export type App = YogaServerInstance<Record<string, never>, GraphQLContext>;

/** Builds the HTTP app without listening, so tests can call `app.fetch` in-process. */
export function createApp({ config, database, logger }: AppDependencies): App {
  return createYoga<Record<string, never>, GraphQLContext>({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    maskedErrors: config.env !== 'development',
    logging: false,
    context: ({ request }) => {
      const requestId = request.headers.get('x-request-id') ?? randomUUID();
      return { database, requestId, logger: logger.child({ requestId }) };
    },
    plugins: [
      useReadinessCheck({
        endpoint: '/ready',
        check: async ({ fetchAPI }) => {
          try {
            await database.ping();
            return new fetchAPI.Response(JSON.stringify({ status: 'ready' }), {
              status: 200,
              headers: { 'content-type': 'application/json' },
            });
          } catch (error) {
            const reason = error instanceof Error ? error.message : String(error);
            logger.warn({ reason }, 'readiness check failed');
            return new fetchAPI.Response(JSON.stringify({ status: 'unavailable', reason }), {
              status: 503,
              headers: { 'content-type': 'application/json' },
            });
          }
        },
      }),
    ],
  });
}
