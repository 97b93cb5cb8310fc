import type { ManagedTransaction } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { afterCondition, encodeCursor, type Keyset } from './keyset';

export interface Page<T> {
  items: { value: T; cursor: string }[];
  hasNextPage: boolean;
}

export interface PageRequest {
  first: number;
  after: Keyset | null;
}

/**
 * One list the API pages through: its MATCH, filters and sort key, all parameterised. `match` may
 * end in a WITH that names values the filters and the key use; `where` follows it.
 */
export interface ListSpec {
  match: string;
  where: string[];
  keyExpression: string;
  idExpression: string;
  descending: boolean;
  returns: string;
}

export async function readPage<T>(
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

export async function countRows(
  tx: ManagedTransaction,
  spec: ListSpec,
  parameters: Record<string, unknown>,
): Promise<number> {
  const where = spec.where.length > 0 ? `WHERE ${spec.where.join(' AND ')}` : '';
  const result = await tx.run(`${spec.match} ${where} RETURN count(*) AS n`, parameters);
  return Number(result.records[0]?.get('n') ?? 0);
}
