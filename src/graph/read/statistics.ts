import type { ManagedTransaction } from 'neo4j-driver';
import { NODE_PROJECTION, toNodeData } from './records';

export interface CountEntry {
  key: string;
  count: number;
}

async function counts(tx: ManagedTransaction, cypher: string): Promise<CountEntry[]> {
  const result = await tx.run(cypher);
  return result.records.map((record) => ({
    key: String(record.get('key')),
    count: Number(record.get('count')),
  }));
}

/** Every node of the graph by label; the graph's version node (write/graph-version.ts) is not data. */
export function countNodesByLabel(tx: ManagedTransaction) {
  return counts(
    tx,
    'MATCH (n) WHERE NOT n:GraphState UNWIND labels(n) AS key RETURN key, count(*) AS count ORDER BY count DESC, key',
  );
}

export function countRelationshipsByType(tx: ManagedTransaction) {
  return counts(tx, 'MATCH ()-[r]->() RETURN type(r) AS key, count(*) AS count ORDER BY count DESC, key');
}

/** Dated events by the year they start in; undated ones under "undated". */
export function countEventsByYear(tx: ManagedTransaction) {
  return counts(
    tx,
    `MATCH (e:Event) RETURN coalesce(toString(e.timeStart.year), 'undated') AS key, count(*) AS count ORDER BY key`,
  );
}

export function countEventsByKind(tx: ManagedTransaction) {
  return counts(tx, 'MATCH (e:Event) RETURN e.kind AS key, count(*) AS count ORDER BY count DESC, key');
}

export async function countSectorsByEvents(tx: ManagedTransaction) {
  const result = await tx.run(
    `MATCH (sector:Sector)
     OPTIONAL MATCH (event:Event)-[:DISCUSSED]->(sector)
     WITH sector, count(DISTINCT event) AS events
     RETURN ${NODE_PROJECTION('sector')} AS node, events ORDER BY events DESC, sector.nameEn`,
  );
  return result.records.map((record) => ({
    node: toNodeData(record.get('node')),
    eventCount: Number(record.get('events')),
  }));
}
