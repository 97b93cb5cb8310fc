import type { ManagedTransaction } from 'neo4j-driver';

/**
 * Reads the graph's version (src/graph/write/graph-version.ts): null before any load wrote one.
 * A request's read transaction runs it first and last; equal answers mean it read one state.
 */
export const READ_GRAPH_VERSION = "OPTIONAL MATCH (s:GraphState {id: 'graph'}) RETURN s.version AS version";

export async function readGraphVersion(tx: ManagedTransaction): Promise<string | null> {
  const result = await tx.run(READ_GRAPH_VERSION);
  const version: unknown = result.records[0]?.get('version') ?? null;
  return version === null ? null : String(version);
}
