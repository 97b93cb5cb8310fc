import type { ManagedTransaction } from 'neo4j-driver';

export interface RecordedStatement {
  cypher: string;
  parameters: Record<string, unknown>;
}

/**
 * A transaction that records the statements a read or write function sends and answers each
 * with no rows. These tests pin the text of the Cypher the graph layer generates, the way a
 * translation test does; what the statements return is the integration tests' business.
 */
export function recordStatements(): { tx: ManagedTransaction; statements: RecordedStatement[] } {
  const statements: RecordedStatement[] = [];
  const tx = {
    run: (cypher: string, parameters: Record<string, unknown> = {}) => {
      statements.push({ cypher: normalise(cypher), parameters });
      return Promise.resolve({
        records: [],
        summary: { counters: { updates: () => ({}) } },
      });
    },
  };
  return { tx: tx as unknown as ManagedTransaction, statements };
}

/** Indentation inside template literals is layout, not query shape. */
function normalise(cypher: string): string {
  return cypher
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** Runs one graph function and returns the Cypher it sent, statement by statement. */
export async function cypherOf(work: (tx: ManagedTransaction) => Promise<unknown>): Promise<string[]> {
  const { tx, statements } = recordStatements();
  await work(tx);
  return statements.map((statement) => statement.cypher);
}
