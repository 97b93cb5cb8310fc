import type { ManagedTransaction } from 'neo4j-driver';
import { groupById, NODE_PROJECTION, toNodeData, type NodeData } from './records';

/** The relation node joining two countries, whichever order they are given in. */
export async function readBilateralRelation(
  tx: ManagedTransaction,
  countryA: string,
  countryB: string,
): Promise<NodeData | null> {
  const result = await tx.run(
    `MATCH (:Country {id: $countryA})-[:PARTY_TO]->(relation:BilateralRelation)<-[:PARTY_TO]-(:Country {id: $countryB})
     RETURN ${NODE_PROJECTION('relation')} AS node LIMIT 1`,
    { countryA, countryB },
  );
  const record = result.records[0];
  return record ? toNodeData(record.get('node')) : null;
}

export interface SubjectCount {
  node: NodeData;
  eventCount: number;
}

/**
 * For each relation, what its events discussed (sectors, topics or initiatives, by label), with
 * how many of its events mention each, most first.
 */
export async function readRelationSubjects(
  tx: ManagedTransaction,
  label: 'Sector' | 'Initiative' | 'Topic',
  relationIds: readonly string[],
): Promise<Map<string, SubjectCount[]>> {
  const result = await tx.run(
    `UNWIND $ids AS id
     MATCH (:BilateralRelation {id: id})-[:INCLUDES_EVENT]->(event:Event)-[:DISCUSSED]->(subject:${label})
     WITH id, subject, count(DISTINCT event) AS events
     RETURN id, ${NODE_PROJECTION('subject')} AS node, events
     ORDER BY id, events DESC, subject.nameEn`,
    { ids: relationIds },
  );
  return groupById(result.records, (record) => ({
    node: toNodeData(record.get('node')),
    eventCount: Number(record.get('events')),
  }));
}

export interface PersonInvolvement {
  person: NodeData;
  eventIds: string[];
  roles: string[];
}

/** For each relation, the people who took part in its events, with which events and roles. */
export async function readRelationPeople(
  tx: ManagedTransaction,
  relationIds: readonly string[],
): Promise<Map<string, PersonInvolvement[]>> {
  const result = await tx.run(
    `UNWIND $ids AS id
     MATCH (:BilateralRelation {id: id})-[:INCLUDES_EVENT]->(event:Event)<-[part:PARTICIPANT_IN]-(person:Person)
     WITH id, person, event, part ORDER BY event.timeStart
     WITH id, person, collect(DISTINCT event.id) AS events, collect(DISTINCT part.role) AS roles
     RETURN id, ${NODE_PROJECTION('person')} AS node, events, roles
     ORDER BY id, size(events) DESC, person.name`,
    { ids: relationIds },
  );
  return groupById(result.records, (record) => ({
    person: toNodeData(record.get('node')),
    eventIds: record.get('events') as string[],
    roles: record.get('roles') as string[],
  }));
}

/** For each relation, the agreements both of its countries are party to. */
export async function readRelationAgreements(
  tx: ManagedTransaction,
  relationIds: readonly string[],
): Promise<Map<string, NodeData[]>> {
  const result = await tx.run(
    `UNWIND $ids AS id
     MATCH (relation:BilateralRelation {id: id})<-[:PARTY_TO]-(country:Country)
     WITH id, collect(country) AS countries
     MATCH (agreement:Agreement)
     WHERE all(country IN countries WHERE (country)-[:PARTY_TO]->(agreement))
     RETURN id, ${NODE_PROJECTION('agreement')} AS node ORDER BY id, agreement.id`,
    { ids: relationIds },
  );
  return groupById(result.records, (record) => toNodeData(record.get('node')));
}
