import type { ManagedTransaction } from 'neo4j-driver';
import { andAsOf, FACT_AS_OF, REPORTED_AS_OF } from './as-of';
import {
  agreementsPart,
  peoplePart,
  readPart,
  subjectsPart,
  type PersonInvolvement,
  type SubjectCount,
  type SubjectLabel,
} from './node-parts';
import { NODE_PROJECTION, toNodeData, type NodeData } from './records';

export type { PersonInvolvement, SubjectCount } from './node-parts';

/**
 * The reads of the bilateral view. Each takes an optional `asOf` (YYYY-MM-DD): then only facts a
 * source published by then states count, and the statement says so in its WHERE; without it, the
 * statement is the plain one. Ids are looked up on `:Entity`, whose unique constraint gives the
 * index; the kind is checked on the node found.
 */

/**
 * The id a relation of two countries is written with: `relation:<a>--<b>`, the countries' slugs
 * in alphabetical order (as the loader names it). Only the first place to look: the statement
 * checks that the node found joins both countries, and searches from them when it does not.
 */
export function usualRelationId(countryA: string, countryB: string): string {
  const [first, second] = [countryA, countryB].map((id) => id.replace(/^country:/, '')).sort();
  return `relation:${first}--${second}`;
}

/**
 * A subquery binding `relation` to the relation joining the countries bound to `a` and `b` (null
 * when there is none, or either is null), in the parameters `$relationId` (see usualRelationId)
 * and, as of a day, `$asOf`: then the relation and both its PARTY_TO links must be reported by
 * then. The usual id is one index seek (the hint keeps the planner from walking from a country
 * it already holds); walking from the countries, which are hubs in a large graph, is the
 * fallback for a relation named otherwise, only when no relation with the usual id joins them.
 * A usual relation not yet reported by the day answers null at once: the two countries have
 * one relation, and it is that one.
 */
export function findRelationCall(asOf: string | null): string {
  const reported = (relation: string) =>
    [REPORTED_AS_OF(relation), FACT_AS_OF('partyA'), FACT_AS_OF('partyB')].join(' AND ');
  // As of a day, the usual relation counts only if reported by then: else the answer is null.
  const reportedUsual = asOf ? `CASE WHEN ${reported('usual')} THEN usual END` : 'usual';
  return `CALL (a, b) {
       OPTIONAL MATCH (a)-[partyA:PARTY_TO]->(usual:Entity {id: $relationId})<-[partyB:PARTY_TO]-(b)
       USING INDEX usual:Entity(id)
       WHERE usual:BilateralRelation
       WITH a, b, usual, ${reportedUsual} AS reportedUsual LIMIT 1
       CALL (a, b, usual, reportedUsual) {
         WITH usual, reportedUsual WHERE usual IS NOT NULL
         RETURN reportedUsual AS found
         UNION
         WITH a, b, usual WHERE usual IS NULL
         OPTIONAL MATCH (a)-[partyA:PARTY_TO]->(other:BilateralRelation)<-[partyB:PARTY_TO]-(b)
         WHERE true${andAsOf(asOf, reported('other'))}
         RETURN other AS found LIMIT 1
       }
       RETURN found AS relation
     }`;
}

/** The relation node joining two countries, whichever order they are given in. */
export async function readBilateralRelation(
  tx: ManagedTransaction,
  countryA: string,
  countryB: string,
  asOf: string | null = null,
): Promise<NodeData | null> {
  const result = await tx.run(
    `MATCH (a:Entity {id: $countryA}), (b:Entity {id: $countryB})
     WHERE a:Country AND b:Country
     ${findRelationCall(asOf)}
     WITH relation WHERE relation IS NOT NULL
     RETURN ${NODE_PROJECTION('relation')} AS node`,
    { countryA, countryB, relationId: usualRelationId(countryA, countryB), asOf },
  );
  const record = result.records[0];
  return record ? toNodeData(record.get('node')) : null;
}

/**
 * For each relation, what its events discussed (sectors, topics or initiatives, by label), with
 * how many of its events mention each, most first.
 */
export function readRelationSubjects(
  tx: ManagedTransaction,
  label: SubjectLabel,
  relationIds: readonly string[],
  asOf: string | null = null,
): Promise<Map<string, SubjectCount[]>> {
  return readPart(tx, subjectsPart(label, asOf), relationIds, asOf);
}

/** For each relation, the people who took part in its events, with which events and roles. */
export function readRelationPeople(
  tx: ManagedTransaction,
  relationIds: readonly string[],
  asOf: string | null = null,
): Promise<Map<string, PersonInvolvement[]>> {
  return readPart(tx, peoplePart(asOf), relationIds, asOf);
}

/** For each relation, the agreements both of its countries are party to. */
export function readRelationAgreements(
  tx: ManagedTransaction,
  relationIds: readonly string[],
  asOf: string | null = null,
): Promise<Map<string, NodeData[]>> {
  return readPart(tx, agreementsPart(asOf), relationIds, asOf);
}
