import type { ManagedTransaction } from 'neo4j-driver';

/** Deletes every node and relationship; constraints and indexes stay. */
export async function deleteWholeGraph(tx: ManagedTransaction): Promise<void> {
  await tx.run('MATCH (n) DETACH DELETE n');
}
