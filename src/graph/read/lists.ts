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

/** Where an event's status and time bounds are read: its own properties, or the claims as of a day. */
function eventState(asOf: string | null | undefined) {
  if (!asOf) return { match: 'MATCH (e:Event)', status: 'e.status', start: 'e.timeStart', end: 'e.timeEnd' };
  return {
    match: `MATCH (e:Event)
     WHERE ${REPORTED_AS_OF('e')}
     ${LATEST_CLAIMS('e')}
     WITH e, coalesce(statusClaim.value, 'unknown') AS status, timeStart, timeEnd`,
    status: 'status',
    start: 'timeStart',
    end: 'timeEnd',
  };
}

function eventSpec(filter: EventFilter, order: EventOrder): ListSpec {
  const state = eventState(filter.asOf);
  const where: string[] = [];
  if (filter.statuses?.length) where.push(`${state.status} IN $statuses`);
  if (filter.kinds?.length) where.push('e.kind IN $kinds');
  if (filter.countryId) {
    where.push(`(EXISTS { (e)<-[:PARTICIPANT_IN]-(:Country {id: $countryId}) }
      OR EXISTS { (e)-[:HELD_IN]->(:Country {id: $countryId}) }
      OR EXISTS { (e)<-[:INCLUDES_EVENT]-(:BilateralRelation)<-[:PARTY_TO]-(:Country {id: $countryId}) })`);
  }
  if (filter.subjectId) where.push('EXISTS { (e)-[:DISCUSSED]->(:Entity {id: $subjectId}) }');
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
  if (filter.countryId) where.push(`EXISTS { (n)-[:${factTypePattern()}]-(:Country {id: $countryId}) }`);
  if (filter.reviewed !== null && filter.reviewed !== undefined) where.push(REVIEWED('n'));
  return {
    match: 'MATCH (n:Entity)',
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
