import type { ManagedTransaction } from 'neo4j-driver';
import { CLAIM_ORDER, CLAIMED_AS_OF } from './as-of';
import { toSpanData, type SpanData } from './batch-reads';
import { latestClaimsPart, readPart, type LatestClaims } from './node-parts';
import { groupById, NODE_PROJECTION, toNodeData, type NodeData } from './records';

/**
 * Claims: what one article says about one property of an entity (an event's status or time, the
 * start of a relation). Batch reads behind the API's loaders, one UNWIND query each; with `asOf`
 * (YYYY-MM-DD) only claims of articles published by then count.
 */

/** For each entity id, the claims about it in publication order (undated first), then by property. */
export async function readClaimsAbout(
  tx: ManagedTransaction,
  ids: readonly string[],
  asOf: string | null = null,
): Promise<Map<string, NodeData[]>> {
  const result = await tx.run(
    `UNWIND $ids AS id
     MATCH (:Entity {id: id})<-[:CLAIM_ABOUT]-(claim:Claim)${asOf ? `\n     WHERE ${CLAIMED_AS_OF('claim')}` : ''}
     RETURN id, ${NODE_PROJECTION('claim')} AS node
     ORDER BY id, ${CLAIM_ORDER('claim')}, claim.property`,
    { ids, asOf },
  );
  return groupById(result.records, (record) => toNodeData(record.get('node')));
}

export type { LatestClaims } from './node-parts';

/** For each entity id, its latest claims made on or before the day. */
export function readLatestClaims(
  tx: ManagedTransaction,
  ids: readonly string[],
  asOf: string,
): Promise<Map<string, LatestClaims>> {
  return readPart(tx, latestClaimsPart, ids, asOf);
}

/** For each claim id, the words of its article that make it. */
export async function readClaimWords(
  tx: ManagedTransaction,
  claimIds: readonly string[],
): Promise<Map<string, SpanData[]>> {
  const result = await tx.run(
    `UNWIND $ids AS id
     MATCH (:Claim {id: id})-[r:STATED_IN]->(s:Sentence)
     RETURN id, type(r) AS kind, r.text AS text, r.start AS start, r.end AS end, r.aspect AS aspect, s.id AS sentenceId
     ORDER BY id, r.start, r.end`,
    { ids: claimIds },
  );
  return groupById(result.records, toSpanData);
}
