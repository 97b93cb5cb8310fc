import neo4j, {
  isDate,
  isDateTime,
  isDuration,
  isLocalDateTime,
  isLocalTime,
  isTime,
  isInt,
} from 'neo4j-driver';
import type { Integer } from 'neo4j-driver';

/** A value as JSON can carry it: what the rest of the product works with. */
export type PlainValue = null | boolean | number | string | PlainValue[] | { [key: string]: PlainValue };

/**
 * Converts what the driver returns into plain JSON values: integers become numbers (or decimal
 * strings outside the safe range, rather than silently losing digits), temporal values become
 * ISO 8601 strings, nodes and relationships become objects with their element ids.
 *
 * Maps and lists as the driver decodes them are converted in place: each is a fresh object that
 * only the caller holds, and a read of hundreds of nodes would otherwise copy every one of them
 * (work for the garbage collector on every request). Pass values from a record, not ones kept
 * elsewhere.
 */
export function toPlain(value: unknown): PlainValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return value;
  // A map as the driver decodes it (a plain object), before the checks for the driver's classes:
  // rows are mostly maps of strings, and each check costs a property lookup per map.
  if (Object.getPrototypeOf(value) === Object.prototype)
    return toPlainMapInPlace(value as Record<string, unknown>);
  if (typeof value === 'bigint') return toPlain(neo4j.int(value.toString()));
  if (isInt(value)) return integerToPlain(value as Integer);
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value)) {
    return String(value);
  }
  if (isDuration(value)) return durationToIso(value);
  if (neo4j.isNode(value)) {
    return {
      elementId: value.elementId,
      labels: [...value.labels],
      properties: toPlainMap(value.properties),
    };
  }
  if (neo4j.isRelationship(value)) {
    return {
      elementId: value.elementId,
      type: value.type,
      startElementId: value.startNodeElementId,
      endElementId: value.endNodeElementId,
      properties: toPlainMap(value.properties),
    };
  }
  if (neo4j.isPath(value)) {
    return { segments: value.segments.map((segment) => toPlain(segment.relationship)) };
  }
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) value[index] = toPlain(value[index]);
    return value as PlainValue[];
  }
  if (typeof value === 'object') return toPlainMap(value as Record<string, unknown>);
  throw new TypeError(`Cannot convert a ${typeof value} from Neo4j to a plain value`);
}

/** A copy of a map with each value converted (for maps that are not plain objects). */
function toPlainMap(map: Record<string, unknown>): { [key: string]: PlainValue } {
  const result: { [key: string]: PlainValue } = {};
  for (const key of Object.keys(map)) result[key] = toPlain(map[key]);
  return result;
}

/** A plain object's values converted where they need it; strings and numbers are left alone. */
function toPlainMapInPlace(map: Record<string, unknown>): { [key: string]: PlainValue } {
  for (const key of Object.keys(map)) {
    const value = map[key];
    const plain = toPlain(value);
    if (plain !== value) map[key] = plain;
  }
  return map as { [key: string]: PlainValue };
}

/** The driver's own toString drops zero parts ("P2DT"); this keeps a valid ISO 8601 form. */
function durationToIso(value: {
  months: unknown;
  days: unknown;
  seconds: unknown;
  nanoseconds: unknown;
}): string {
  const seconds = Number(toPlain(value.seconds)) + Number(toPlain(value.nanoseconds)) / 1e9;
  return `P${String(toPlain(value.months))}M${String(toPlain(value.days))}DT${seconds}S`;
}

/**
 * The number, as the driver's `toNumber` computes it, when that is exact; else every digit. The
 * sum can only round to a safe integer when the integer itself is one (2^53 is a multiple of
 * 2^32), and this skips `inSafeRange`, which compares by 64-bit subtraction.
 */
function integerToPlain(value: Integer): number | string {
  const number = value.high * 2 ** 32 + (value.low >>> 0);
  return Number.isSafeInteger(number) ? number : value.toString();
}
