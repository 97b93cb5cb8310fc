import type { ManagedTransaction } from 'neo4j-driver';
import { factTypePattern } from '../model';
import { LATEST_CLAIMS, REPORTED_AS_OF } from './as-of';
import { countRows, readPage, type ListSpec, type PageRequest } from './pages';
import { NODE_PROJECTION, toNodeData } from './records';

export type { Page, PageRequest } from './pages';
export { countRelations, readRelationPage, type RelationFilter, type RelationOrder } from './relation-list';

/** Drafted nodes carry review: 'draft'; everything else was written or reviewed by a person. */
const REVIEWED = (variable: string) => `(${variable}.review IS NULL) = $reviewed`;

// Events ----------------------------------------------------------------------------------------

export interface EventFilter {
  statuses?: readonly string[] | null;
  kinds?: readonly string[] | null;
  /** Events a country takes part in, is the place of, or whose bilateral relation it is party to. */
  countryId?: string | null;
  /** Events that discussed this sector, topic or initiative. */
  subjectId?: string | null;
  /** ISO dates; events whose time overlaps [from, to]. Undated events are left out when set. */
  from?: string | null;
  to?: string | null;
  /** true: only what a person wrote or reviewed; false: only drafts. */
  reviewed?: boolean | null;
  /**
   * YYYY-MM-DD: only events reported by then, their status and time as the latest claim made by
   * then gives them; the other conditions and the order use those.
   */
  asOf?: string | null;
}

export type EventOrder = 'TIME_ASC' | 'TIME_DESC' | 'NAME_ASC';

/**
 * Where the events come from: with a country, from that country (the events it takes part in, is
 * the place of, or whose relation it is party to); with a subject, from the subject; otherwise
 * every event. A lookup by id starts from the `:Entity` index, never from a label scan.
 */
function eventSource(filter: EventFilter): { match: string; conditions: string[] } {
  if (filter.countryId) {
    return {
      match: `MATCH (country:Entity {id: $countryId}) WHERE country:Country
     CALL (country) {
       MATCH (country)-[:PARTICIPANT_IN]->(e:Event) RETURN e
       UNION
       MATCH (country)<-[:HELD_IN]-(e:Event) RETURN e
       UNION
       MATCH (country)-[:PARTY_TO]->(:BilateralRelation)-[:INCLUDES_EVENT]->(e:Event) RETURN e
     }
     WITH e`,
      conditions: filter.subjectId ? ['EXISTS { (e)-[:DISCUSSED]->(:Entity {id: $subjectId}) }'] : [],
    };
  }
  if (filter.subjectId) {
    return {
      match: `MATCH (subject:Entity {id: $subjectId})<-[:DISCUSSED]-(e:Event)
     WITH DISTINCT e`,
      conditions: [],
    };
  }
  return { match: 'MATCH (e:Event)', conditions: [] };
}

/** Where an event's status and time bounds are read: its own properties, or the claims as of a day. */
function eventState(filter: EventFilter) {
  const source = eventSource(filter);
  if (!filter.asOf) {
    return { ...source, status: 'e.status', start: 'e.timeStart', end: 'e.timeEnd' };
  }
  return {
    match: `${source.match}
     WITH e WHERE ${REPORTED_AS_OF('e')}
     ${LATEST_CLAIMS('e')}
     WITH e, coalesce(statusClaim.value, 'unknown') AS status, timeStart, timeEnd`,
    conditions: source.conditions,
    status: 'status',
    start: 'timeStart',
    end: 'timeEnd',
  };
}

function eventSpec(filter: EventFilter, order: EventOrder): ListSpec {
  const state = eventState(filter);
  const where: string[] = [...state.conditions];
  if (filter.statuses?.length) where.push(`${state.status} IN $statuses`);
  if (filter.kinds?.length) where.push('e.kind IN $kinds');
  if (filter.from) where.push(`${state.end} >= date($from)`);
  if (filter.to) where.push(`${state.start} <= date($to)`);
  if (filter.reviewed !== null && filter.reviewed !== undefined) where.push(REVIEWED('e'));
  const keyExpression =
    order === 'NAME_ASC'
      ? 'toLower(coalesce(e.nameEn, e.name))'
      : order === 'TIME_ASC'
        ? `coalesce(toString(${state.start}), '~')`
        : `coalesce(toString(${state.start}), '')`;
  return {
    match: state.match,
    where,
    keyExpression,
    idExpression: 'e.id',
    descending: order === 'TIME_DESC',
    returns: `${NODE_PROJECTION('e')} AS node`,
  };
}

function eventParameters(filter: EventFilter): Record<string, unknown> {
  return {
    statuses: filter.statuses ?? null,
    kinds: filter.kinds ?? null,
    countryId: filter.countryId ?? null,
    subjectId: filter.subjectId ?? null,
    from: filter.from ?? null,
    to: filter.to ?? null,
    reviewed: filter.reviewed ?? null,
    asOf: filter.asOf ?? null,
  };
}

export function readEventPage(
  tx: ManagedTransaction,
  filter: EventFilter,
  order: EventOrder,
  page: PageRequest,
) {
  return readPage(tx, eventSpec(filter, order), eventParameters(filter), page, (r) =>
    toNodeData(r.get('node')),
  );
}

export function countEvents(tx: ManagedTransaction, filter: EventFilter) {
  return countRows(tx, eventSpec(filter, 'TIME_ASC'), eventParameters(filter));
}

// Entities --------------------------------------------------------------------------------------

export interface EntityFilter {
  /** Labels such as Country or Person; any of them. */
  labels?: readonly string[] | null;
  /** Entities joined to this country by a fact. */
  countryId?: string | null;
  /** true: only what a person wrote or reviewed; false: only drafts. */
  reviewed?: boolean | null;
}

function entitySpec(filter: EntityFilter): ListSpec {
  const where: string[] = [];
  if (filter.labels?.length) where.push('any(label IN labels(n) WHERE label IN $labels)');
  if (filter.reviewed !== null && filter.reviewed !== undefined) where.push(REVIEWED('n'));
  // Joined to a country: found from the country (fact types only join entities), not by a scan.
  const match = filter.countryId
    ? `MATCH (country:Entity {id: $countryId}) WHERE country:Country
     MATCH (country)-[:${factTypePattern()}]-(n)
     WITH DISTINCT n`
    : 'MATCH (n:Entity)';
  return {
    match,
    where,
    keyExpression: 'toLower(coalesce(n.nameEn, n.name))',
    idExpression: 'n.id',
    descending: false,
    returns: `${NODE_PROJECTION('n')} AS node`,
  };
}

function entityParameters(filter: EntityFilter): Record<string, unknown> {
  return {
    labels: filter.labels ?? null,
    countryId: filter.countryId ?? null,
    reviewed: filter.reviewed ?? null,
  };
}

export function readEntityPage(tx: ManagedTransaction, filter: EntityFilter, page: PageRequest) {
  return readPage(tx, entitySpec(filter), entityParameters(filter), page, (r) => toNodeData(r.get('node')));
}

export function countEntities(tx: ManagedTransaction, filter: EntityFilter) {
  return countRows(tx, entitySpec(filter), entityParameters(filter));
}
