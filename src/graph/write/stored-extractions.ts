import type { ManagedTransaction } from 'neo4j-driver';

export interface StoredExtraction {
  articleId: string;
  /** The extraction as loaded, as JSON. */
  json: string;
  includeDrafts: boolean;
}

/**
 * Keeps each loaded article's extraction beside its Article node, so a later load can rebuild
 * the graph of every article from what the graph itself holds, wherever the folders are.
 */
export async function storeExtractions(
  tx: ManagedTransaction,
  rows: readonly StoredExtraction[],
): Promise<void> {
  await tx.run(
    `UNWIND $rows AS row
     MATCH (a:Article {id: row.articleId})
     MERGE (x:Extraction {id: row.articleId})
     SET x.json = row.json, x.includeDrafts = row.includeDrafts
     MERGE (a)-[:HAS_EXTRACTION]->(x)`,
    { rows },
  );
}
