import { useGraphQlJit } from '@envelop/graphql-jit';

/**
 * Executes each operation with a function graphql-jit compiles from its parsed document, once:
 * Yoga's parse cache hands back the same document for the same text, and the compiled query is
 * kept beside it. Dashboards ask the same few documents again and again, and the compiled form
 * skips graphql-js's per-field walk of the selection and its argument coercion (bench:scale,
 * neighbourhood at 16 connections: 1.23 → 0.93 ms of this process's CPU per request). Compiling
 * costs 0.2–1.3 ms per new document, about three times validating it.
 *
 * Its results keep the keys of every object in selection order, as the GraphQL spec asks
 * ("Serialized Map Ordering"); Yoga's default executor sets each key when its resolver settles.
 * The schema has no subscriptions, @defer or @stream. `useExperimentalPathBasedSkipInclude` is
 * graphql-jit's fix for @skip/@include inside a fragment spread reached by several paths.
 * tests/integration/api/compiled-execution.int.test.ts checks its answers against graphql-js.
 */
export function useCompiledExecution(): ReturnType<typeof useGraphQlJit> {
  return useGraphQlJit(
    { useExperimentalPathBasedSkipInclude: true },
    // A document that cannot be compiled (an unknown operation name) is answered with the
    // compiler's errors, as graphql-js would answer it; they reach the client, not the log.
    { onError: () => undefined },
  );
}
