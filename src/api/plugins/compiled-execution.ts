import {
  execute,
  GraphQLError,
  Kind,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type Source,
  type SourceLocation,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery, type CompilerOptions } from 'graphql-jit';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../../logger';

/**
 * graphql-jit's fix for @skip/@include inside a fragment spread reached by several paths, which
 * its default code gets wrong.
 */
const COMPILER_OPTIONS: Partial<CompilerOptions> = { useExperimentalPathBasedSkipInclude: true };

type Execute = (args: ExecutionArgs) => ExecutionResult | Promise<ExecutionResult>;

/**
 * `execute` through a query graphql-jit compiles once per parsed document: Yoga's parse cache
 * hands back the same document for the same text (at most 1,024 of them), and the compiled query
 * is kept beside it. Dashboards ask the same few documents again and again, and the compiled form
 * skips graphql-js's per-field walk of the selection and its argument coercion (bench:scale,
 * neighbourhood at 16 connections: 1.23 → 0.93 ms of the API process's CPU per request).
 * Compiling costs 0.2–1.3 ms per new document, about three times validating it.
 *
 * Only a document with one operation is compiled, since a compiled query is bound to its operation
 * (and graphql-jit marks the document's fields while compiling one); a document of several, or one
 * graphql-jit cannot compile (logged), runs with graphql-js's `execute`. Both keep the keys of
 * every object in selection order, as the spec asks ("Serialized Map Ordering"); Yoga's default
 * executor sets each key when its resolver settles. The schema has no subscriptions, @defer or
 * @stream. compiled-execution.int.test.ts checks the answers against graphql-js's.
 */
export function createCompiledExecute(logger: Logger): Execute {
  const compiled = new WeakMap<DocumentNode, Compiled | 'graphql-js'>();
  const compile = ({ schema, document }: ExecutionArgs): Compiled | 'graphql-js' => {
    const operations = document.definitions.filter(
      (definition) => definition.kind === Kind.OPERATION_DEFINITION,
    );
    if (operations.length !== 1) return 'graphql-js';
    const result = compileQuery(schema, document, undefined, COMPILER_OPTIONS);
    if (isCompiledQuery(result)) return { query: result, operationName: operations[0]!.name?.value };
    logger.warn(
      { errors: result.errors?.map((error) => error.message) },
      'graphql-jit could not compile an operation',
    );
    return 'graphql-js';
  };

  return (args) => {
    let entry = compiled.get(args.document);
    if (entry === undefined) {
      entry = compile(args);
      compiled.set(args.document, entry);
    }
    // A name the document does not hold: graphql-js answers it as it answers any such request.
    if (entry === 'graphql-js' || (args.operationName ?? entry.operationName) !== entry.operationName) {
      return execute(args);
    }
    const finish = (result: ExecutionResult) =>
      // Refused before any field ran (its variables): graphql-js refuses it again, in the words
      // clients know from every other GraphQL server, without reading anything.
      result.data === undefined ? execute(args) : withSourceLocatedErrors(result, args.document.loc?.source);
    const result = entry.query.query(args.rootValue, args.contextValue, args.variableValues ?? {});
    return isPromise(result) ? result.then(finish) : finish(result);
  };
}

/** A document's one operation, compiled, and its name. */
interface Compiled {
  query: CompiledQuery;
  operationName: string | undefined;
}

/** Makes createCompiledExecute's function the executor of every operation. */
export function useCompiledExecution(logger: Logger): Plugin {
  const executeCompiled = createCompiledExecute(logger);
  return {
    onExecute({ setExecuteFn }) {
      setExecuteFn(executeCompiled);
    },
  };
}

function isPromise<T>(value: T | Promise<T>): value is Promise<T> {
  return typeof (value as Promise<T> | undefined)?.then === 'function';
}

/**
 * graphql-jit's errors carry `locations` but neither AST nodes nor source positions, which are
 * what Yoga rebuilds each error from when it writes the response (and `extensions` may be
 * missing): a client would lose where in its document an error arose. Each becomes a graphql-js
 * GraphQLError at the same positions of the document's source, with the same path, cause and
 * extensions.
 */
function withSourceLocatedErrors(result: ExecutionResult, source: Source | undefined): ExecutionResult {
  if (!result.errors?.length) return result;
  const errors = result.errors.map((error) =>
    error.nodes || error.source
      ? error
      : new GraphQLError(error.message, {
          source,
          positions: source && error.locations?.map((location) => positionOf(source, location)),
          path: error.path,
          originalError: error.originalError,
          // Left out when there are none, so GraphQLError takes the cause's, as graphql-js does.
          extensions: error.extensions ?? undefined,
        }),
  );
  return { ...result, errors };
}

/** The character offset of a line and column (both from 1) in a source. */
export function positionOf(source: Source, { line, column }: SourceLocation): number {
  const lineBreak = /\r\n|[\n\r]/g;
  let start = 0;
  for (let current = 1; current < line; current += 1) {
    if (lineBreak.exec(source.body) === null) break;
    start = lineBreak.lastIndex;
  }
  return start + column - 1;
}
