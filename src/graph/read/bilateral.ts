import type { ManagedTransaction } from 'neo4j-driver';
import { FACT_AS_OF, REPORTED_AS_OF } from './as-of';
import { groupById, NODE_PROJECTION, toNodeData, type NodeData } from './records';

/**
 * The reads of the bilateral view. Each takes an optional `asOf` (YYYY-MM-DD): then only facts a
 * source published by then states count, and the statement says so in its WHERE; without it, the
 * statement is the plain one.
 */

/** `WHERE` and the conditions, or nothing when the read is not as of a day. */
const whereAsOf = (asOf: string | null, ...conditions: string[]) =>
  asOf ? `\n     WHERE ${conditions.join(' AND ')}` : '';

/** The relation node joining two countries, whichever order they are given in. */
export async function readBilateralRelation(
  tx: ManagedTransaction,
  countryA: string,
  countryB: string,
  asOf: string | null = null,
): Promise<NodeData | null> {
  const pattern = asOf
    ? '(:Country {id: $countryA})-[partyA:PARTY_TO]->(relation:BilateralRelation)<-[partyB:PARTY_TO]-(:Country {id: $countryB})'
    : '(:Country {id: $countryA})-[:PARTY_TO]->(relation:BilateralRelation)<-[:PARTY_TO]-(:Country {id: $countryB})';
  const result = await tx.run(
    `MATCH ${pattern}${whereAsOf(asOf, REPORTED_AS_OF('relation'), FACT_AS_OF('partyA'), FACT_AS_OF('partyB'))}
     RETURN ${NODE_PROJECTION('relation')} AS node LIMIT 1`,
    { countryA, countryB, asOf },
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
  asOf: string | null = null,
): Promise<Map<string, SubjectCount[]>> {
  const result = await tx.run(
    `UNWIND $ids AS id
     MATCH (:BilateralRelation {id: id})-[included:INCLUDES_EVENT]->(event:Event)-[discussed:DISCUSSED]->(subject:${label})${whereAsOf(asOf, FACT_AS_OF('included'), FACT_AS_OF('discussed'))}
     WITH id, subject, count(DISTINCT event) AS events
     RETURN id, ${NODE_PROJECTION('subject')} AS node, events
     ORDER BY id, events DESC, subject.nameEn`,
    { ids: relationIds, asOf },
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
  asOf: string | null = null,
): Promise<Map<string, PersonInvolvement[]>> {
  const result = await tx.run(
    `UNWIND $ids AS id
     MATCH (:BilateralRelation {id: id})-[included:INCLUDES_EVENT]->(event:Event)<-[part:PARTICIPANT_IN]-(person:Person)${whereAsOf(asOf, FACT_AS_OF('included'), FACT_AS_OF('part'))}
     WITH id, person, event, part ORDER BY event.timeStart
     WITH id, person, collect(DISTINCT event.id) AS events, collect(DISTINCT part.role) AS roles
     RETURN id, ${NODE_PROJECTION('person')} AS node, events, roles
     ORDER BY id, size(events) DESC, person.name`,
    { ids: relationIds, asOf },
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
  asOf: string | null = null,
): Promise<Map<string, NodeData[]>> {
  const partyToAgreement = asOf
    ? `EXISTS { (country)-[toAgreement:PARTY_TO]->(agreement) WHERE ${FACT_AS_OF('toAgreement')} }`
    : '(country)-[:PARTY_TO]->(agreement)';
  const result = await tx.run(
    `UNWIND $ids AS id
     MATCH (relation:BilateralRelation {id: id})<-[${asOf ? 'party' : ''}:PARTY_TO]-(country:Country)${whereAsOf(asOf, FACT_AS_OF('party'))}
     WITH id, collect(country) AS countries
     MATCH (agreement:Agreement)
     WHERE all(country IN countries WHERE ${partyToAgreement})
     RETURN id, ${NODE_PROJECTION('agreement')} AS node ORDER BY id, agreement.id`,
    { ids: relationIds, asOf },
  );
  return groupById(result.records, (record) => toNodeData(record.get('node')));
}
