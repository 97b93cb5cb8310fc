import type { Page } from '../graph/read/lists';

/**
 * What a connection resolver hands on: a page of edges, and a count that runs only if a client
 * selects `totalCount`, so paging does not pay for counting.
 */
export interface ConnectionParent<N> {
  edges: { node: N; cursor: string }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  countAll: () => Promise<number>;
}

export function connection<T, N>(
  page: Page<T>,
  toNode: (value: T) => N,
  countAll: () => Promise<number>,
): ConnectionParent<N> {
  return {
    edges: page.items.map((item) => ({ node: toNode(item.value), cursor: item.cursor })),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.items.at(-1)?.cursor ?? null },
    countAll,
  };
}

/** The fields every connection type resolves itself. */
export const connectionFields = {
  totalCount: <N>(connection: ConnectionParent<N>) => connection.countAll(),
};
