import type { ExecutionArgs, ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { renewReads, type GraphQLContext } from '../context';
import { graphChanging } from '../errors';
import { ResponseCache } from './response-cache';

/**
 * Runs of one operation at most: the first, and two more if loads keep committing while it reads.
 * A load is one write transaction that takes seconds, so an operation that read across one commit
 * almost always reads cleanly on its next run; a third changed run means loads are committing
 * back to back, and the answer is an error to retry rather than an ever longer wait.
 */
export const MAX_RUNS = 3;

type Execute = (args: ExecutionArgs) => unknown;

/**
 * Makes each response one state of the graph. Every read of an operation shares one transaction
 * (`context.reads`), which reads the graph's version first, beside the operation's first read;
 * when the execution ends, the version is read again and the transaction closed. If a load
 * committed in between, some fields may show the graph before it and others after it (Neo4j reads
 * at read committed), so the operation runs again in a new transaction with new DataLoaders.
 *
 * After MAX_RUNS changed runs the response is GRAPH_CHANGING, with no data: a dashboard that shows
 * an error and asks again is right; one that shows a list of no articles beside a count of a
 * hundred relations is wrong without saying so.
 *
 * With `cacheEntries`, responses are kept by operation, variables and graph version
 * (response-cache.ts): an operation first reads the version alone, and answers from the cache
 * when it holds that question at that version. A miss then waits one round trip more.
 *
 * The instrumentation also closes the transaction when the execution throws or a plugin stops it
 * early (the argument limits). Closing waits for the closing version read at most until the read
 * timeout, and not for the rollback, so the response is never held up by a Neo4j that stopped
 * answering.
 */
export function useRequestTransaction(options: { cacheEntries?: number } = {}): Plugin<GraphQLContext> {
  const cache = options.cacheEntries ? new ResponseCache(options.cacheEntries) : undefined;
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn((args: ExecutionArgs) => executeConsistently(executeFn as Execute, args, cache));
    },
    instrumentation: {
      execute: async ({ context }, wrapped) => {
        try {
          await wrapped();
        } finally {
          await context.reads.close();
        }
      },
    },
  };
}

async function executeConsistently(
  execute: Execute,
  args: ExecutionArgs,
  cache: ResponseCache | undefined,
): Promise<unknown> {
  const context = args.contextValue as GraphQLContext;
  const key = cache?.keyOf(args);
  if (cache && key !== undefined) {
    // The version first, alone: a hit then costs one round trip and no other read.
    const version = await context.reads.startVersion().catch(() => undefined);
    const cached = cache.get(key, version);
    if (cached) return cached;
  }
  for (let run = 1; ; run++) {
    const result = await execute(args);
    // A stream (@defer, @stream) outlives this call; the schema has none, so it is passed on.
    if (isAsyncIterable(result)) return result;
    const end = await context.reads.close();
    if (end === 'unknown') {
      context.logger.debug({ run }, 'the graph version was not read again; the response stands');
    }
    if (end === 'same' && cache && key !== undefined) {
      cache.set(key, context.reads.confirmedVersion, result as ExecutionResult);
    }
    if (end !== 'changed') return result;
    if (run >= MAX_RUNS) {
      context.logger.warn({ runs: run }, 'the graph changed during every run of the operation');
      return { data: null, errors: [graphChanging(run)] } satisfies ExecutionResult;
    }
    context.logger.info({ run }, 'the graph changed while the operation read it; running it again');
    renewReads(context);
  }
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}
