import { getOperationAST, Kind, type DocumentNode, type ExecutionArgs, type ExecutionResult } from 'graphql';
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
 * An operation whose one root field is in `oneStatementFields` (a field whose resolver reads what
 * its usual selections need in one statement) is planned as one auto-commit statement, without
 * the transaction and the version reads: a third of the messages to Neo4j. If it reads a second
 * time after all (a deep selection the look-ahead leaves to the DataLoaders), its answer is
 * dropped and it runs again in a transaction; its document is remembered, and from then on runs
 * in a transaction from the start.
 *
 * The instrumentation also closes the transaction when the execution throws or a plugin stops it
 * early (the argument limits). Closing waits for the closing version read at most until the read
 * timeout, and not for the rollback, so the response is never held up by a Neo4j that stopped
 * answering.
 */
export function useRequestTransaction(
  options: { cacheEntries?: number; oneStatementFields?: ReadonlySet<string> } = {},
): Plugin<GraphQLContext> {
  const plans: Plans = {
    cache: options.cacheEntries ? new ResponseCache(options.cacheEntries) : undefined,
    oneStatementFields: options.oneStatementFields ?? new Set(),
    readMoreThanOnce: new WeakSet(),
  };
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn((args: ExecutionArgs) => executeConsistently(executeFn as Execute, args, plans));
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

interface Plans {
  cache: ResponseCache | undefined;
  oneStatementFields: ReadonlySet<string>;
  /** Documents planned as one statement that read more: yoga hands the same one for the same text. */
  readMoreThanOnce: WeakSet<DocumentNode>;
}

/** The root field of a query that selects only one (besides `__typename`), with no directives. */
function onlyRootField(args: ExecutionArgs): string | undefined {
  const operation = getOperationAST(args.document, args.operationName);
  if (operation?.operation !== 'query') return undefined;
  const selections = operation.selectionSet.selections.filter(
    (selection) => !(selection.kind === Kind.FIELD && selection.name.value === '__typename'),
  );
  const only = selections.length === 1 ? selections[0] : undefined;
  return only?.kind === Kind.FIELD && !only.directives?.length ? only.name.value : undefined;
}

async function executeConsistently(execute: Execute, args: ExecutionArgs, plans: Plans): Promise<unknown> {
  const { cache } = plans;
  const context = args.contextValue as GraphQLContext;
  const key = cache?.keyOf(args);
  if (cache && key !== undefined) {
    // The version first, alone: a hit then costs one round trip and no other read.
    const version = await context.reads.startVersion().catch(() => undefined);
    const cached = cache.get(key, version);
    if (cached) return cached;
  } else if (!plans.readMoreThanOnce.has(args.document)) {
    const field = onlyRootField(args);
    // New loaders too, not only a new scope: the context the resolvers get is not the object
    // createContext built (yoga merges it into its own), and the loaders made there read through
    // that object's scope. request-transaction.int catches a run that mixes the two.
    if (field !== undefined && plans.oneStatementFields.has(field)) renewReads(context, 'one statement');
  }
  for (let run = 1; ;) {
    const result = await execute(args);
    // A stream (@defer, @stream) outlives this call; the schema has none, so it is passed on.
    if (isAsyncIterable(result)) return result;
    const end = await context.reads.close();
    if (end === 'second read') {
      context.logger.debug('planned as one statement, the operation read more; running it in a transaction');
      plans.readMoreThanOnce.add(args.document);
      renewReads(context);
      continue;
    }
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
    run += 1;
  }
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}
