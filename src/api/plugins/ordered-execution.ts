import { execute } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Executes with graphql-js, whose results keep the keys of every object in selection order, as
 * the GraphQL spec asks ("Serialized Map Ordering"). Yoga's default executor
 * (@graphql-tools/executor) sets each key when its resolver settles, so asynchronous fields come
 * back in whatever order Neo4j answered. The schema has no subscriptions, @defer or @stream, which
 * only that executor would add.
 */
export function useOrderedExecution(): Plugin {
  return {
    onExecute({ setExecuteFn }) {
      setExecuteFn(execute);
    },
  };
}
