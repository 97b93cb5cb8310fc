/**
 * Writes one chunk of the synthetic graph with batched UNWIND statements: nodes first (CREATE,
 * as every synthetic id is new and the constraints catch a repeat), then relationships, each
 * end found through the unique id of its merge label. A relationship whose end is missing fails
 * the chunk loudly rather than being dropped.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphNode, GraphRelationship } from '../../src/graph/model';
import { toParameter } from '../../src/graph/write/cypher-values';
import { assertIdentifier, type RowValue } from '../../src/graph/write/write-plan';
import type { SyntheticChunk } from './synthetic-graph';

const BATCH = 2_000;

export async function writeChunk(tx: ManagedTransaction, chunk: SyntheticChunk): Promise<void> {
  for (const [labels, nodes] of Map.groupBy(chunk.nodes, (node) => node.labels.join(':'))) {
    labels.split(':').forEach(assertIdentifier);
    const query = `UNWIND $rows AS row CREATE (n:${labels}) SET n = row.properties, n.id = row.id`;
    for (const batch of batches(nodes)) {
      await tx.run(query, { rows: batch.map((node) => toParameter(nodeRow(node))) });
    }
  }
  const keyOf = (r: GraphRelationship) => `${r.type}|${r.from.mergeLabel}|${r.to.mergeLabel}`;
  for (const [key, relationships] of Map.groupBy(chunk.relationships, keyOf)) {
    const [type, from, to] = key.split('|') as [string, string, string];
    [type, from, to].forEach(assertIdentifier);
    const query = `UNWIND $rows AS row
      MATCH (a:${from} {id: row.from})
      MATCH (b:${to} {id: row.to})
      CREATE (a)-[r:${type}]->(b) SET r = row.properties
      RETURN count(r) AS written`;
    for (const batch of batches(relationships)) {
      const result = await tx.run(query, {
        rows: batch.map((r) =>
          toParameter({ from: r.from.id, to: r.to.id, properties: r.properties as RowValue }),
        ),
      });
      const written = Number(result.records[0]?.get('written'));
      if (written !== batch.length)
        throw new Error(`Only ${written} of ${batch.length} ${type} relationships found both their nodes`);
    }
  }
}

function nodeRow(node: GraphNode): RowValue {
  return { id: node.id, properties: node.properties as RowValue };
}

function batches<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let index = 0; index < items.length; index += BATCH) result.push(items.slice(index, index + BATCH));
  return result;
}
