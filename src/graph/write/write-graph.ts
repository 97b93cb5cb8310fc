import type { ManagedTransaction } from 'neo4j-driver';
import { toParameter } from './cypher-values';
import type { GraphDocument } from '../model/graph-document';
import { planWrites } from './write-plan';

export interface WriteCounts {
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
  labelsAdded: number;
}

/**
 * Writes a graph document inside the caller's transaction. MERGE on constrained ids makes a
 * second write of the same document change nothing. If a relationship's end is missing the
 * whole transaction fails, so nothing is left half-written.
 */
export async function writeGraph(tx: ManagedTransaction, document: GraphDocument): Promise<WriteCounts> {
  const counts: WriteCounts = { nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0, labelsAdded: 0 };
  for (const statement of planWrites(document)) {
    const result = await tx.run(statement.query, { rows: statement.rows.map(toParameter) });
    const written = result.records[0]?.get('written');
    if (written !== undefined && Number(written) !== statement.rows.length) {
      throw new Error(
        `Only ${Number(written)} of ${statement.rows.length} relationships found both their nodes:\n${statement.query}`,
      );
    }
    const updates = result.summary.counters.updates();
    counts.nodesCreated += updates.nodesCreated;
    counts.relationshipsCreated += updates.relationshipsCreated;
    counts.propertiesSet += updates.propertiesSet;
    counts.labelsAdded += updates.labelsAdded;
  }
  return counts;
}
