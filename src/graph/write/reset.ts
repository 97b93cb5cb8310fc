import type { ManagedTransaction } from 'neo4j-driver';

/**
 * Deletes every node and relationship; constraints and indexes stay. The graph's version node
 * (graph-version.ts) goes too, so the version reads null afterwards: a reader that began before
 * the reset sees its version change, and the empty graph holds no node at all.
 */
export async function deleteWholeGraph(tx: ManagedTransaction): Promise<void> {
  await tx.run('MATCH (n) DETACH DELETE n');
}
