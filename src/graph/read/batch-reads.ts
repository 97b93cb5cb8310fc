import type { ManagedTransaction, Record as Neo4jRecord } from 'neo4j-driver';
import type { FactType } from '../model';
import { neighboursPart, readPart, type Direction, type Neighbour } from './node-parts';
import { groupById, NODE_PROJECTION, toNodeData, type NodeData } from './records';

/**
 * Reads for many keys at once, in one UNWIND query each: the batch functions behind the API's
 * DataLoaders. Each returns a Map from key to result; keys with nothing found are absent.
 */

/** Nodes by id: entities, articles, sentences, claims and conflicts. */
export async function readNodes(
  tx: ManagedTransaction,
  ids: readonly string[],
): Promise<Map<string, NodeData>> {
  const result = await tx.run(
    `UNWIND $ids AS id
     OPTIONAL MATCH (e:Entity {id: id})
     OPTIONAL MATCH (a:Article {id: id})
     OPTIONAL MATCH (s:Sentence {id: id})
     OPTIONAL MATCH (c:Claim {id: id})
     OPTIONAL MATCH (k:Conflict {id: id})
     WITH id, coalesce(e, a, s, c, k) AS n WHERE n IS NOT NULL
     RETURN id, ${NODE_PROJECTION('n')} AS node`,
    { ids },
  );
  return new Map(
    result.records.map((record) => [record.get('id') as string, toNodeData(record.get('node'))]),
  );
}

export type { Direction, Neighbour } from './node-parts';

/**
 * For each entity id, its relationships of one type in one direction, with the node at the other
 * end; with `asOf` (YYYY-MM-DD), only those a source published by then states.
 */
export function readNeighbours(
  tx: ManagedTransaction,
  type: FactType,
  direction: Direction,
  ids: readonly string[],
  asOf: string | null = null,
): Promise<Map<string, Neighbour[]>> {
  return readPart(tx, neighboursPart(type, direction, asOf), ids, asOf);
}

export interface SpanData {
  kind: 'MENTIONED_IN' | 'STATED_IN';
  text: string;
  start: number;
  end: number;
  aspect: string | null;
  sentenceId: string;
}

/**
 * For each entity id, the spans that name it or state it, in article order; with `asOf`
 * (YYYY-MM-DD), only those in articles published by then.
 */
export async function readSpans(
  tx: ManagedTransaction,
  ids: readonly string[],
  asOf: string | null = null,
): Promise<Map<string, SpanData[]>> {
  const published = asOf
    ? `\n     MATCH (article:Article {id: s.articleId}) WHERE article.publishedOn <= date($asOf)`
    : '';
  const result = await tx.run(
    `UNWIND $ids AS id
     MATCH (n:Entity {id: id})-[r:MENTIONED_IN|STATED_IN]->(s:Sentence)${published}
     RETURN id, type(r) AS kind, r.text AS text, r.start AS start, r.end AS end, r.aspect AS aspect, s.id AS sentenceId
     ORDER BY id, s.articleId, r.start, r.end`,
    { ids, asOf },
  );
  return groupById(result.records, toSpanData);
}

/** A span row: kind, text, offsets, aspect and sentence id. */
export function toSpanData(record: Neo4jRecord): SpanData {
  return {
    kind: record.get('kind') as SpanData['kind'],
    text: record.get('text') as string,
    start: Number(record.get('start')),
    end: Number(record.get('end')),
    aspect: (record.get('aspect') as string | null) ?? null,
    sentenceId: record.get('sentenceId') as string,
  };
}

/** For each article id, its sentences in order. */
export async function readArticleSentences(
  tx: ManagedTransaction,
  articleIds: readonly string[],
): Promise<Map<string, NodeData[]>> {
  const result = await tx.run(
    `UNWIND $ids AS id
     MATCH (:Article {id: id})-[:HAS_SENTENCE]->(s:Sentence)
     RETURN id, ${NODE_PROJECTION('s')} AS node ORDER BY id, s.index`,
    { ids: articleIds },
  );
  return groupById(result.records, (record) => toNodeData(record.get('node')));
}
