/**
 * Keyset pagination: a page continues after the last (sort key, id) pair seen, so rows added
 * before the cursor never shift the next page, as an offset would.
 */
export interface Keyset {
  key: string;
  id: string;
}

export function encodeCursor(keyset: Keyset): string {
  return Buffer.from(JSON.stringify([keyset.key, keyset.id]), 'utf8').toString('base64url');
}

/** Null when the cursor is not one this API made. */
export function decodeCursor(cursor: string): Keyset | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      typeof value[1] === 'string'
    ) {
      return { key: value[0], id: value[1] };
    }
  } catch {
    // Fall through: not base64url JSON.
  }
  return null;
}

/** The Cypher condition that keeps rows after the cursor, for ascending or descending order. */
export function afterCondition(keyExpression: string, idExpression: string, descending: boolean): string {
  const beyond = descending ? '<' : '>';
  return `($after IS NULL OR ${keyExpression} ${beyond} $after.key OR (${keyExpression} = $after.key AND ${idExpression} ${beyond} $after.id))`;
}
