import neo4j from 'neo4j-driver';
import { CalendarDate, Fraction } from '../model/graph-document';
import type { RowValue } from './write-plan';

/**
 * Row values in the two forms Neo4j accepts: driver parameters, and Cypher literals. Numbers in
 * the graph are whole (offsets, indexes), so both forms make them Neo4j INTEGERs, never floats.
 */

/** Runs once per value of every row the loader sends, so it loops instead of mapping entries. */
export function toParameter(value: RowValue): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return wholeNumber(value, neo4j.int);
  if (Array.isArray(value)) {
    const list: unknown[] = new Array(value.length);
    for (let index = 0; index < value.length; index++) list[index] = toParameter(value[index] as RowValue);
    return list;
  }
  if (value instanceof CalendarDate) {
    const [year, month, day] = value.iso.split('-').map(Number);
    return new neo4j.types.Date(year!, month!, day!);
  }
  if (value instanceof Fraction) return value.value;
  // Array.isArray does not narrow readonly arrays away, so the map is named for what it is.
  const entries = value as { [key: string]: RowValue };
  const map: Record<string, unknown> = {};
  for (const key of Object.keys(entries)) map[key] = toParameter(entries[key]!);
  return map;
}

export function toCypherLiteral(value: RowValue): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return String(wholeNumber(value, (n) => n));
  if (value instanceof CalendarDate) return `date(${quote(value.iso)})`;
  if (value instanceof Fraction)
    return Number.isInteger(value.value) ? value.value.toFixed(1) : String(value.value);
  if (Array.isArray(value)) return `[${value.map(toCypherLiteral).join(', ')}]`;
  const entries = Object.entries(value).map(
    ([key, entry]) => `${mapKey(key)}: ${toCypherLiteral(entry as RowValue)}`,
  );
  return `{${entries.join(', ')}}`;
}

function wholeNumber<T>(value: number, make: (n: number) => T): T {
  if (!Number.isSafeInteger(value))
    throw new Error(`${value} is not a whole number; the graph stores only integers`);
  return make(value);
}

function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r')}'`;
}

function mapKey(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? key : `\`${key.replace(/`/g, '``')}\``;
}
