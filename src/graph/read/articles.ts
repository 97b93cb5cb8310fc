import type { ManagedTransaction } from 'neo4j-driver';

/** Ids of every article in the graph, in id order. */
export async function readArticleIds(tx: ManagedTransaction): Promise<string[]> {
  const result = await tx.run('MATCH (a:Article) RETURN a.id AS id ORDER BY a.id');
  return result.records.map((record) => record.get('id') as string);
}

export async function countArticles(tx: ManagedTransaction): Promise<number> {
  const result = await tx.run('MATCH (a:Article) RETURN count(a) AS n');
  return Number(result.records[0]?.get('n') ?? 0);
}

export async function countAllNodes(tx: ManagedTransaction): Promise<number> {
  const result = await tx.run('MATCH (n) RETURN count(n) AS n');
  return Number(result.records[0]?.get('n') ?? 0);
}
