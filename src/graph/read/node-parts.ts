import type { ManagedTransaction } from 'neo4j-driver';
import { toPlain, type PlainValue } from '../../db/convert';
import { isFactType, type FactType } from '../model';
import { andAsOf, FACT_AS_OF, LATEST_CLAIMS } from './as-of';
import {
  NODE_PROJECTION,
  RELATION_PROJECTION,
  toNodeData,
  toRelationData,
  type NodeData,
  type PropertyChoice,
  type RelationData,
} from './records';

/**
 * What can be read about one node already bound in a statement, each as a `CALL` subquery that
 * yields exactly one row with one column (a list or a map). The same text serves the batch reads
 * behind the API's loaders (`UNWIND $ids … CALL`) and the single statements that read a whole
 * view at once, so both always answer alike. Every part starts from the bound node and walks
 * named fact types only; with `asOf` (YYYY-MM-DD, the parameter `$asOf`) only facts a source
 * published by then states are followed.
 */
export interface NodePart<V> {
  /** The subquery for the node bound to `node`, yielding its value as `column`. */
  call(node: string, column: string): string;
  /** The column's value as the read layer hands it on. */
  convert(value: unknown): V;
}

const whereAsOf = (asOf: string | null, ...conditions: string[]) =>
  asOf ? `WHERE ${conditions.join(' AND ')}` : '';

export type Direction = 'out' | 'in';

export interface Neighbour {
  relation: RelationData;
  node: NodeData;
}

/**
 * Relationships of one fact type and direction, with the node at the other end, by time then id.
 * `relationProperties` narrows what each relationship carries, for a reader that uses only the
 * nodes (its evidence lists are most of the bytes).
 */
export function neighboursPart(
  type: FactType,
  direction: Direction,
  asOf: string | null,
  relationProperties: PropertyChoice = 'all',
): NodePart<Neighbour[]> {
  // The type goes into the pattern, so it must be one the registry knows.
  if (!isFactType(type)) throw new Error(`Unknown relationship type ${type}`);
  return {
    call: (node, column) => {
      const pattern = direction === 'out' ? `(${node})-[r:${type}]->(m)` : `(${node})<-[r:${type}]-(m)`;
      const [source, target] = direction === 'out' ? [node, 'm'] : ['m', node];
      return `CALL (${node}) {
       MATCH ${pattern} ${whereAsOf(asOf, FACT_AS_OF('r'))}
       WITH r, m ORDER BY coalesce(m.timeStart, date('9999-12-31')), m.id, r.role
       RETURN collect({relation: ${RELATION_PROJECTION('r', source, target, relationProperties)}, node: ${NODE_PROJECTION('m')}}) AS ${column}
     }`;
    },
    convert: (value) =>
      (value as { relation: unknown; node: unknown }[]).map((entry) => ({
        relation: toRelationData(entry.relation),
        node: toNodeData(entry.node),
      })),
  };
}

export interface SubjectCount {
  node: NodeData;
  eventCount: number;
}

export type SubjectLabel = 'Sector' | 'Initiative' | 'Topic';

/** What a relation's events discussed (one label), with how many events mention each, most first. */
export function subjectsPart(label: SubjectLabel, asOf: string | null): NodePart<SubjectCount[]> {
  return {
    call: (node, column) => `CALL (${node}) {
       MATCH (${node})-[included:INCLUDES_EVENT]->(event:Event)-[discussed:DISCUSSED]->(subject:${label}) ${whereAsOf(asOf, FACT_AS_OF('included'), FACT_AS_OF('discussed'))}
       WITH subject, count(DISTINCT event) AS events
       ORDER BY events DESC, subject.nameEn
       RETURN collect({node: ${NODE_PROJECTION('subject')}, eventCount: events}) AS ${column}
     }`,
    convert: (value) =>
      (value as { node: unknown; eventCount: unknown }[]).map((entry) => ({
        node: toNodeData(entry.node),
        eventCount: Number(entry.eventCount),
      })),
  };
}

export interface PersonInvolvement {
  person: NodeData;
  eventIds: string[];
  roles: string[];
  /** The positions the person holds, when read with them (see peoplePart). */
  positions?: Neighbour[];
}

/**
 * The people who took part in a relation's events, with which events (in time order) and roles;
 * with `withPositions`, each with the positions they hold too, so a view that shows them needs
 * no second read.
 */
export function peoplePart(asOf: string | null, withPositions = false): NodePart<PersonInvolvement[]> {
  const positions = withPositions ? neighboursPart('HOLDS_POSITION', 'out', asOf) : null;
  return {
    call: (node, column) => `CALL (${node}) {
       MATCH (${node})-[included:INCLUDES_EVENT]->(event:Event)<-[part:PARTICIPANT_IN]-(person:Person) ${whereAsOf(asOf, FACT_AS_OF('included'), FACT_AS_OF('part'))}
       WITH person, event, part ORDER BY event.timeStart
       WITH person, collect(DISTINCT event.id) AS events, collect(DISTINCT part.role) AS roles
       ${positions ? positions.call('person', 'positions') : 'WITH person, events, roles, null AS positions'}
       WITH person, events, roles, positions ORDER BY size(events) DESC, person.name
       RETURN collect({node: ${NODE_PROJECTION('person')}, events: events, roles: roles, positions: positions}) AS ${column}
     }`,
    convert: (value) =>
      (value as { node: unknown; events: string[]; roles: string[]; positions: unknown }[]).map((entry) => ({
        person: toNodeData(entry.node),
        eventIds: entry.events,
        roles: entry.roles,
        ...(positions && entry.positions !== null ? { positions: positions.convert(entry.positions) } : {}),
      })),
  };
}

/**
 * When the busier country of a relation has at most this many times the PARTY_TO links of the
 * other, its agreements are found by walking both countries' links once (the busier one's into a
 * list, which Neo4j checks membership of by hash); past it, by checking each agreement of the
 * quieter country for the other party, which reads the links of every such agreement (about seven
 * records each) but never the busier country's. Both ways are linear in the degrees; this keeps
 * each read at the cheaper of the two.
 */
const JOIN_DEGREE_RATIO = 4;

/**
 * The agreements every country of a relation is party to, by id. It starts from the relation's
 * countries and their PARTY_TO degrees (which the store keeps), so it never scans the Agreement
 * label: two countries of comparable degree are joined on the agreements they share; otherwise the
 * agreements of the one with fewer links are each checked for the other parties.
 */
export function agreementsPart(asOf: string | null): NodePart<NodeData[]> {
  return {
    call: (node, column) => `CALL (${node}) {
       MATCH (${node})<-[party:PARTY_TO]-(country:Country) ${whereAsOf(asOf, FACT_AS_OF('party'))}
       WITH country, COUNT { (country)-[:PARTY_TO]->() } AS degree ORDER BY degree
       WITH collect(country) AS countries, collect(degree) AS degrees
       CALL (countries, degrees) {
         WITH countries[0] AS first, countries[1] AS second
         WHERE size(countries) = 2 AND degrees[1] <= ${JOIN_DEGREE_RATIO} * degrees[0]
         WITH first, COLLECT { MATCH (second)-[toOther:PARTY_TO]->(linked)${asOf ? ` ${whereAsOf(asOf, FACT_AS_OF('toOther'))}` : ''} RETURN linked } AS linkedToSecond
         MATCH (first)-[toFirst:PARTY_TO]->(agreement:Agreement)
         WHERE agreement IN linkedToSecond${andAsOf(asOf, FACT_AS_OF('toFirst'))}
         RETURN agreement
         UNION
         WITH countries WHERE size(countries) <> 2 OR degrees[1] > ${JOIN_DEGREE_RATIO} * degrees[0]
         UNWIND countries[0..1] AS first
         MATCH (first)-[toFirst:PARTY_TO]->(agreement:Agreement) ${whereAsOf(asOf, FACT_AS_OF('toFirst'))}
         OPTIONAL MATCH (agreement)<-[toOther:PARTY_TO]-(other) WHERE other <> first${andAsOf(asOf, FACT_AS_OF('toOther'))}
         WITH countries, first, agreement, collect(other) AS others
         WHERE all(country IN countries WHERE country = first OR country IN others)
         RETURN agreement
       }
       WITH agreement ORDER BY agreement.id
       RETURN collect(${NODE_PROJECTION('agreement')}) AS ${column}
     }`,
    convert: (value) => (value as unknown[]).map(toNodeData),
  };
}

/** An entity's state as of a day: the latest claim of each property, and the bounds of the time. */
export interface LatestClaims {
  status: Record<string, PlainValue> | null;
  time: Record<string, PlainValue> | null;
  since: Record<string, PlainValue> | null;
  /** First and last day the time covers (YYYY-MM-DD), for sorting and ranges. */
  timeStart: string | null;
  timeEnd: string | null;
}

/** The latest claims about a node made on or before `$asOf`, one per property. */
export const latestClaimsPart: NodePart<LatestClaims> = {
  call: (node, column) => `CALL (${node}) {
       ${LATEST_CLAIMS(node)}
       RETURN {status: properties(statusClaim), time: properties(timeClaim), since: properties(sinceClaim),
               timeStart: toString(timeStart), timeEnd: toString(timeEnd)} AS ${column}
     }`,
  convert: (value) => {
    const claims = toPlain(value) as Record<string, PlainValue>;
    const properties = (key: string) => (claims[key] ?? null) as Record<string, PlainValue> | null;
    return {
      status: properties('status'),
      time: properties('time'),
      since: properties('since'),
      timeStart: (claims['timeStart'] as string | null) ?? null,
      timeEnd: (claims['timeEnd'] as string | null) ?? null,
    };
  },
};

/**
 * A part for many entities at once, one statement: the batch read behind a loader. Ids that match
 * no entity are absent from the map; found ones map to their value, empty lists included.
 */
export async function readPart<V>(
  tx: ManagedTransaction,
  part: NodePart<V>,
  ids: readonly string[],
  asOf: string | null,
): Promise<Map<string, V>> {
  const result = await tx.run(
    `UNWIND $ids AS id
     MATCH (node:Entity {id: id})
     ${part.call('node', 'value')}
     RETURN id, value`,
    { ids, asOf },
  );
  return new Map(
    result.records.map((record) => [record.get('id') as string, part.convert(record.get('value'))]),
  );
}
