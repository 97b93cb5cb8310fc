import type { PlainValue } from '../db/convert';
import type { LatestClaims } from '../graph/read/claims';
import type { NodeData } from '../graph/read/records';
import type { GraphQLContext } from './context';
import { enumValueOf, type EventStatus } from './enum-values';
import { asOfOf, requiredStringProperty, stringProperty, type NodeParent } from './parents';

/**
 * An event's status and time, and a relation's start, as the parent is read: its own properties
 * (the latest article's word), or as of a day, the latest claims made by then.
 */

type Claim = Record<string, PlainValue>;

const text = (claim: Claim, key: string): string | null => {
  const value = claim[key];
  return typeof value === 'string' ? value : null;
};

/** The latest claims about a parent as of its day; null when the parent is read as of now. */
export async function latestClaimsOf(
  parent: NodeParent,
  context: GraphQLContext,
): Promise<LatestClaims | null> {
  const asOf = asOfOf(parent);
  return asOf ? context.loaders.latestClaims(asOf).load(parent.id) : null;
}

export async function eventStatus(parent: NodeParent, context: GraphQLContext): Promise<EventStatus> {
  const latest = await latestClaimsOf(parent, context);
  // As of a day, an event no dated article gave a status to has none yet.
  const stored = latest ? (latest.status?.['value'] ?? 'unknown') : parent['status'];
  const status = enumValueOf('EventStatus', stored);
  if (status === null)
    throw new Error(`Event ${parent.id} has the status ${String(stored)}, which the schema lacks`);
  return status;
}

export interface EventTimeValue {
  text: string;
  value: string;
  precision: string;
  start: string;
  end: string;
  yearInferred: boolean;
  inference: string | null;
}

export async function eventTime(parent: NodeParent, context: GraphQLContext): Promise<EventTimeValue | null> {
  const latest = await latestClaimsOf(parent, context);
  if (!latest) {
    const value = stringProperty(parent, 'timeValue');
    if (value === null) return null;
    return {
      text: requiredStringProperty(parent, 'timeText'),
      value,
      precision: requiredStringProperty(parent, 'timePrecision'),
      start: requiredStringProperty(parent, 'timeStart'),
      end: requiredStringProperty(parent, 'timeEnd'),
      yearInferred: parent['yearInferred'] === true,
      inference: stringProperty(parent, 'yearInference'),
    };
  }
  const claim = latest.time;
  const value = claim ? text(claim, 'value') : null;
  if (!claim || value === null || latest.timeStart === null || latest.timeEnd === null) return null;
  return {
    text: text(claim, 'text') ?? value,
    value,
    precision: text(claim, 'precision') ?? 'day',
    start: latest.timeStart,
    end: latest.timeEnd,
    yearInferred: claim['yearInferred'] === true,
    inference: text(claim, 'inference'),
  };
}

export interface RelationSinceValue {
  value: string;
  precision: string;
  text: string;
}

export async function relationSince(
  parent: NodeParent,
  context: GraphQLContext,
): Promise<RelationSinceValue | null> {
  const latest = await latestClaimsOf(parent, context);
  if (!latest) {
    const value = stringProperty(parent, 'since');
    if (value === null) return null;
    return {
      value,
      precision: requiredStringProperty(parent, 'sincePrecision'),
      text: requiredStringProperty(parent, 'sinceText'),
    };
  }
  const claim = latest.since;
  const value = claim ? text(claim, 'value') : null;
  if (!claim || value === null) return null;
  return { value, precision: text(claim, 'precision') ?? 'year', text: text(claim, 'text') ?? value };
}

/**
 * A node's raw properties as of a day, for graph widgets: an event's status and time and a
 * relation's start replaced by the latest claims made by then (absent when there are none).
 */
export async function propertiesAsOf(
  node: NodeData,
  asOf: string | null,
  context: GraphQLContext,
): Promise<Record<string, PlainValue>> {
  const isEvent = node.labels.includes('Event');
  const isRelation = node.labels.includes('BilateralRelation');
  if (!asOf || (!isEvent && !isRelation)) return node.properties;
  const parent: NodeParent = { ...node.properties, id: node.id, __labels: node.labels, __asOf: asOf };
  if (isRelation) {
    const since = await relationSince(parent, context);
    return {
      ...node.properties,
      since: since?.value ?? null,
      sincePrecision: since?.precision ?? null,
      sinceText: since?.text ?? null,
    };
  }
  const [status, time] = await Promise.all([eventStatus(parent, context), eventTime(parent, context)]);
  return {
    ...node.properties,
    status,
    timeText: time?.text ?? null,
    timeValue: time?.value ?? null,
    timePrecision: time?.precision ?? null,
    timeStart: time?.start ?? null,
    timeEnd: time?.end ?? null,
    yearInferred: time?.yearInferred ?? null,
    yearInference: time?.inference ?? null,
  };
}
