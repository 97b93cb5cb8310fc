import type { ManagedTransaction } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { factTypePattern } from '../model';
import { afterCondition, encodeCursor, type Keyset } from './keyset';
import {
  NODE_PROJECTION,
  RELATION_PROJECTION,
  toNodeData,
  toRelationData,
  type RelationData,
} from './records';

export interface Page<T> {
  items: { value: T; cursor: string }[];
  hasNextPage: boolean;
}

export interface PageRequest {
  first: number;
  after: Keyset | null;
}

/** One list the API pages through: its MATCH, filters and sort key, all parameterised. */
interface ListSpec {
  match: string;
  where: string[];
  keyExpression: string;
  idExpression: string;
  descending: boolean;
  returns: string;
}

async function readPage<T>(
  tx: ManagedTransaction,
  spec: ListSpec,
  parameters: Record<string, unknown>,
  page: PageRequest,
  convert: (record: { get(key: string): unknown }) => T,
): Promise<Page<T>> {
  const direction = spec.descending ? 'DESC' : 'ASC';
  const where = [...spec.where, afterCondition('sortKey', spec.idExpression, spec.descending)];
  const result = await tx.run(
    `${spec.match}
     WITH *, ${spec.keyExpression} AS sortKey
     WHERE ${where.join(' AND ')}
     RETURN ${spec.returns}, sortKey, ${spec.idExpression} AS sortId
     ORDER BY sortKey ${direction}, sortId ${direction}
     LIMIT $limit`,
    { ...parameters, after: page.after, limit: neo4j.int(page.first + 1) },
  );
  const records = result.records.slice(0, page.first);
  return {
    hasNextPage: result.records.length > page.first,
    items: records.map((record) => ({
      value: convert(record),
      cursor: encodeCursor({ key: record.get('sortKey') as string, id: record.get('sortId') as string }),
    })),
  };
}

async function count(
  tx: ManagedTransaction,
  spec: ListSpec,
  parameters: Record<string, unknown>,
): Promise<number> {
  const where = spec.where.length > 0 ? `WHERE ${spec.where.join(' AND ')}` : '';
  const result = await tx.run(`${spec.match} ${where} RETURN count(*) AS n`, parameters);
  return Number(result.records[0]?.get('n') ?? 0);
}

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
}

export type EventOrder = 'TIME_ASC' | 'TIME_DESC' | 'NAME_ASC';

function eventSpec(filter: EventFilter, order: EventOrder): ListSpec {
  const where: string[] = [];
  if (filter.statuses?.length) where.push('e.status IN $statuses');
  if (filter.kinds?.length) where.push('e.kind IN $kinds');
  if (filter.countryId) {
    where.push(`(EXISTS { (e)<-[:PARTICIPANT_IN]-(:Country {id: $countryId}) }
      OR EXISTS { (e)-[:HELD_IN]->(:Country {id: $countryId}) }
      OR EXISTS { (e)<-[:INCLUDES_EVENT]-(:BilateralRelation)<-[:PARTY_TO]-(:Country {id: $countryId}) })`);
  }
  if (filter.subjectId) where.push('EXISTS { (e)-[:DISCUSSED]->(:Entity {id: $subjectId}) }');
  if (filter.from) where.push('e.timeEnd >= date($from)');
  if (filter.to) where.push('e.timeStart <= date($to)');
  if (filter.reviewed !== null && filter.reviewed !== undefined) where.push(REVIEWED('e'));
  const keyExpression =
    order === 'NAME_ASC'
      ? 'toLower(coalesce(e.nameEn, e.name))'
      : order === 'TIME_ASC'
        ? "coalesce(toString(e.timeStart), '~')"
        : "coalesce(toString(e.timeStart), '')";
  return {
    match: 'MATCH (e:Event)',
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
  return count(tx, eventSpec(filter, 'TIME_ASC'), eventParameters(filter));
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

export function readEntityPage(tx: ManagedTransaction, filter: EntityFilter, page: PageRequest) {
  const parameters = {
    labels: filter.labels ?? null,
    countryId: filter.countryId ?? null,
    reviewed: filter.reviewed ?? null,
  };
  return readPage(tx, entitySpec(filter), parameters, page, (r) => toNodeData(r.get('node')));
}

export function countEntities(tx: ManagedTransaction, filter: EntityFilter) {
  return count(tx, entitySpec(filter), {
    labels: filter.labels ?? null,
    countryId: filter.countryId ?? null,
    reviewed: filter.reviewed ?? null,
  });
}

// Relations (fact relationships as data) -------------------------------------------------------

export interface RelationFilter {
  types?: readonly string[] | null;
  /** Relationships with this node at either end. */
  nodeId?: string | null;
  basis?: 'article' | 'background' | 'extracted' | null;
}

function relationSpec(filter: RelationFilter): ListSpec {
  const where: string[] = [];
  if (filter.types?.length) where.push('type(r) IN $types');
  if (filter.nodeId) where.push('(a.id = $nodeId OR b.id = $nodeId)');
  if (filter.basis) where.push('r.basis = $basis');
  return {
    match: `MATCH (a:Entity)-[r:${factTypePattern()}]->(b:Entity)`,
    where,
    keyExpression: "type(r) + '|' + a.id + '|' + b.id",
    idExpression: 'elementId(r)',
    descending: false,
    returns: `${RELATION_PROJECTION('r', 'a', 'b')} AS relation`,
  };
}

function relationParameters(filter: RelationFilter): Record<string, unknown> {
  return { types: filter.types ?? null, nodeId: filter.nodeId ?? null, basis: filter.basis ?? null };
}

export function readRelationPage(
  tx: ManagedTransaction,
  filter: RelationFilter,
  page: PageRequest,
): Promise<Page<RelationData>> {
  return readPage(tx, relationSpec(filter), relationParameters(filter), page, (r) =>
    toRelationData(r.get('relation')),
  );
}

export function countRelations(tx: ManagedTransaction, filter: RelationFilter) {
  return count(tx, relationSpec(filter), relationParameters(filter));
}
