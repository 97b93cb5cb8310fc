import type { ManagedTransaction } from 'neo4j-driver';
import { factTypePattern, isFactType } from '../model';
import { CORROBORATION_AS_OF, FACT_AS_OF } from './as-of';
import { countRows, readPage, type ListSpec, type Page, type PageRequest } from './pages';
import { RELATION_PROJECTION, toRelationData, type RelationData } from './records';

export interface RelationFilter {
  types?: readonly string[] | null;
  /** Relationships with this node at either end. */
  nodeId?: string | null;
  basis?: 'article' | 'background' | 'extracted' | null;
  /** Facts at least this many independent sources (outlets) state. */
  minCorroboration?: number | null;
  /** YYYY-MM-DD: only facts a source dated by then states, corroboration counted up to then. */
  asOf?: string | null;
}

export type RelationOrder = 'TYPE_ASC' | 'CORROBORATION_DESC';

/**
 * The sort key of CORROBORATION_DESC: the corroboration subtracted from a ceiling and padded, so
 * an ascending string order (which keyset cursors follow) puts the best corroborated first; ties
 * go by type and ends, as in TYPE_ASC.
 */
const CORROBORATION_KEY = `right('00000' + toString(99999 - corroboration), 5) + '|' + type(r) + '|' + a.id + '|' + b.id`;

/**
 * The facts the list reads: the types asked for (or every fact type) named in the pattern; with a
 * node, only its own relationships, found from it through the `:Entity` index.
 */
function relationSource(filter: RelationFilter): string {
  const types = filter.types?.length ? filter.types : null;
  const unknown = (types ?? []).filter((type) => !isFactType(type));
  if (unknown.length > 0) throw new Error(`Unknown relationship type(s) ${unknown.join(', ')}`);
  const pattern = factTypePattern(types ? types.filter(isFactType) : undefined);
  if (!filter.nodeId) return `MATCH (a:Entity)-[r:${pattern}]->(b:Entity)`;
  return `MATCH (node:Entity {id: $nodeId})
     CALL (node) {
       MATCH (node)-[r:${pattern}]->(b) RETURN node AS a, r, b
       UNION
       MATCH (a)-[r:${pattern}]->(node) RETURN a, r, node AS b
     }
     WITH a, r, b`;
}

function relationSpec(filter: RelationFilter, order: RelationOrder): ListSpec {
  const conditions: string[] = [];
  if (filter.basis) conditions.push('r.basis = $basis');
  if (filter.asOf) conditions.push(FACT_AS_OF('r'));
  let match = relationSource(filter);
  let where = conditions;
  const hasMinimum = filter.minCorroboration !== null && filter.minCorroboration !== undefined;
  if (hasMinimum || order === 'CORROBORATION_DESC') {
    // Counted once per fact, after the cheap conditions have narrowed them.
    const corroboration = filter.asOf ? CORROBORATION_AS_OF('r') : 'coalesce(r.corroboration, 0)';
    match = `${match}
     ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''}
     WITH *, ${corroboration} AS corroboration`;
    where = hasMinimum ? ['corroboration >= $minCorroboration'] : [];
  }
  return {
    match,
    where,
    keyExpression: order === 'CORROBORATION_DESC' ? CORROBORATION_KEY : "type(r) + '|' + a.id + '|' + b.id",
    idExpression: 'elementId(r)',
    descending: false,
    returns: `${RELATION_PROJECTION('r', 'a', 'b')} AS relation`,
  };
}

function relationParameters(filter: RelationFilter): Record<string, unknown> {
  return {
    types: filter.types ?? null,
    nodeId: filter.nodeId ?? null,
    basis: filter.basis ?? null,
    minCorroboration: filter.minCorroboration ?? null,
    asOf: filter.asOf ?? null,
  };
}

export function readRelationPage(
  tx: ManagedTransaction,
  filter: RelationFilter,
  page: PageRequest,
  order: RelationOrder = 'TYPE_ASC',
): Promise<Page<RelationData>> {
  return readPage(tx, relationSpec(filter, order), relationParameters(filter), page, (r) =>
    toRelationData(r.get('relation')),
  );
}

export function countRelations(tx: ManagedTransaction, filter: RelationFilter) {
  return countRows(tx, relationSpec(filter, 'TYPE_ASC'), relationParameters(filter));
}
