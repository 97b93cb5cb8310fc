import { AsyncLocalStorage } from 'node:async_hooks';
import type { Plugin } from 'graphql-yoga';
import type { GraphQLContext } from './context';

export type RequestScope = Pick<GraphQLContext, 'requestId' | 'logger'>;

/**
 * Yoga calls maskError without the GraphQL context, so each execution runs inside this scope:
 * the mask reads the request id and the request's logger from it.
 */
const scope = new AsyncLocalStorage<RequestScope>();

/** The request being executed, or undefined outside an execution (parsing, validation). */
export function currentRequest(): RequestScope | undefined {
  return scope.getStore();
}

/** Runs `work` (and everything it awaits) as part of a request. */
export function withRequestScope<T>(request: RequestScope, work: () => T): T {
  return scope.run({ requestId: request.requestId, logger: request.logger }, work);
}

/** Runs each execution, and so the masking of its errors, inside its request's scope. */
export function useRequestScope(): Plugin<GraphQLContext> {
  return { instrumentation: { execute: ({ context }, wrapped) => withRequestScope(context, wrapped) } };
}
