import { createHash } from 'node:crypto';
import type { Database } from '../../src/db/database';
import { snapshotGraph } from '../../tests/support/graph';

export interface GraphFingerprint {
  nodes: number;
  relationships: number;
  /** sha256 of every node and relationship with its properties, independent of internal ids. */
  checksum: string;
}

/** Enough to tell whether anything in the graph changed between two moments. */
export async function graphFingerprint(database: Database): Promise<GraphFingerprint> {
  const snapshot = await snapshotGraph(database);
  const hash = createHash('sha256');
  for (const line of [...snapshot.nodes, '--', ...snapshot.relationships]) hash.update(`${line}\n`);
  return {
    nodes: snapshot.nodes.length,
    relationships: snapshot.relationships.length,
    checksum: hash.digest('hex'),
  };
}
