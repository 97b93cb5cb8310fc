import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { NODE_PROJECTION, toNodeData, type NodeData } from './records';

/** Characters with a meaning in Lucene query syntax. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * Turns user text into a Lucene query that matches its words and nothing else: every special
 * character is escaped, and apostrophes become spaces as they do in the indexed text, so
 * "w’Ububanyi" finds what "Ububanyi" finds. Returns null when no word is left.
 */
export function toFullTextQuery(text: string): string | null {
  const words = text
    .replace(/[’'‘`]/g, ' ')
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word))
    // Lucene reads bare AND, OR and NOT as operators.
    .map((word) => (/^(AND|OR|NOT)$/.test(word) ? word.toLowerCase() : word))
    .map((word) => word.replace(LUCENE_SPECIAL, (char) => `\\${char}`));
  return words.length > 0 ? words.join(' ') : null;
}

export interface SearchHit {
  node: NodeData;
  score: number;
}

export async function searchEntities(
  tx: ManagedTransaction,
  query: string,
  labels: readonly string[] | null,
  first: number,
): Promise<SearchHit[]> {
  const result = await tx.run(
    `CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
     WHERE $labels IS NULL OR any(label IN labels(node) WHERE label IN $labels)
     RETURN ${NODE_PROJECTION('node')} AS node, score
     ORDER BY score DESC, node.id
     LIMIT $first`,
    { query, labels: labels && labels.length > 0 ? labels : null, first: neo4j.int(first) },
  );
  return result.records.map((record) => ({
    node: toNodeData(record.get('node')),
    score: Number(record.get('score')),
  }));
}
