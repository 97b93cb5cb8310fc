import type { ManagedTransaction } from 'neo4j-driver';
import { toPlain, type PlainValue } from '../../db/convert';

export interface StoredArticle {
  /** The Article node's properties (text, metadata, hash…). */
  article: Record<string, PlainValue>;
  /** The extraction it was loaded with, as JSON; null for an article an older version loaded. */
  extractionJson: string | null;
  includeDrafts: boolean;
}

/** Every article in the graph with the extraction it was loaded with. */
export async function readStoredArticles(tx: ManagedTransaction): Promise<StoredArticle[]> {
  const result = await tx.run(
    `MATCH (a:Article)
     OPTIONAL MATCH (a)-[:HAS_EXTRACTION]->(x:Extraction)
     RETURN properties(a) AS article, x.json AS json, coalesce(x.includeDrafts, false) AS includeDrafts
     ORDER BY a.id`,
  );
  return result.records.map((record) => ({
    article: toPlain(record.get('article')) as Record<string, PlainValue>,
    extractionJson: (record.get('json') as string | null) ?? null,
    includeDrafts: record.get('includeDrafts') as boolean,
  }));
}
