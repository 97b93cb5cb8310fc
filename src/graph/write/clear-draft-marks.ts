import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphDocument } from '../model';

/**
 * After a load, what the document holds as reviewed loses the draft marks an earlier load of a
 * drafted version left: SET n += properties adds and overwrites, but never removes a key.
 */
export async function clearDraftMarks(tx: ManagedTransaction, document: GraphDocument): Promise<void> {
  const reviewedNodes = document.nodes
    .filter((node) => node.mergeLabel === 'Entity' && node.properties['review'] === undefined)
    .map((node) => node.id);
  await tx.run(
    `UNWIND $ids AS id
     MATCH (n:Entity {id: id}) WHERE n.review IS NOT NULL
     REMOVE n.review, n.confidence, n.rule`,
    { ids: reviewedNodes },
  );
  await tx.run(
    `UNWIND $ids AS id
     MATCH (:Entity {id: id})-[r]-(:Entity)
     WHERE r.basis = 'article' AND r.rule IS NOT NULL
     REMOVE r.confidence, r.rule`,
    { ids: reviewedNodes },
  );
}
