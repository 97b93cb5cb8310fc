import type { ManagedTransaction, Result } from 'neo4j-driver';
import { toParameter } from './cypher-values';
import type { GraphDocument } from '../model/graph-document';
import { planWrites, type PlannedStatement } from './write-plan';

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
 *
 * Statements are pipelined two deep: the next batch is converted and sent while Neo4j runs the
 * one before, so neither side waits for the other. They still run in plan order (nodes before the
 * relationships that match them), as one transaction runs its statements one after another.
 */
export async function writeGraph(tx: ManagedTransaction, document: GraphDocument): Promise<WriteCounts> {
  const counts: WriteCounts = { nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0, labelsAdded: 0 };
  const inFlight: Promise<void>[] = [];
  try {
    for (const statement of planWrites(document)) {
      const rows = statement.rows.map(toParameter);
      const running = settle(tx.run(statement.query, { rows }), statement, counts);
      // Awaited below; this only keeps its failure from counting as unhandled if an earlier one throws first.
      running.catch(() => undefined);
      inFlight.push(running);
      if (inFlight.length > 1) await inFlight.shift();
    }
    while (inFlight.length > 0) await inFlight.shift();
  } catch (error) {
    // Nothing is left running when the caller rolls the transaction back.
    await Promise.allSettled(inFlight);
    throw error;
  }
  return counts;
}

async function settle(result: Result, statement: PlannedStatement, counts: WriteCounts): Promise<void> {
  const { records, summary } = await result;
  const written = records[0]?.get('written');
  if (written !== undefined && Number(written) !== statement.rows.length) {
    throw new Error(
      `Only ${Number(written)} of ${statement.rows.length} relationships found both their nodes:\n${statement.query}`,
    );
  }
  const updates = summary.counters.updates();
  counts.nodesCreated += updates.nodesCreated;
  counts.relationshipsCreated += updates.relationshipsCreated;
  counts.propertiesSet += updates.propertiesSet;
  counts.labelsAdded += updates.labelsAdded;
}
