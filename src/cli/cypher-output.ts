import neo4j, { type Node, type Path, type Record as Neo4jRecord, type Relationship } from 'neo4j-driver';
import { toPlain, type PlainValue } from '../db/convert';
import type { OutputFormat } from './cypher-arguments';
import { formatTable } from './table';

export interface RenderedResult {
  /** What goes to stdout. */
  text: string;
  /** Table cells cut to the width limit (table format without --full only). */
  shortened: number;
}

/** Renders a result in the chosen format: an aligned table, CSV (RFC 4180 quoting) or JSON. */
export function renderResult(
  columns: readonly string[],
  records: readonly Neo4jRecord[],
  format: OutputFormat,
  full: boolean,
): RenderedResult {
  if (format === 'json') {
    const rows = records.map((record) =>
      Object.fromEntries(columns.map((c) => [c, jsonValue(record.get(c))])),
    );
    return { text: `${JSON.stringify(rows, null, 2)}\n`, shortened: 0 };
  }
  const cells = records.map((record) => columns.map((column) => cellText(record.get(column))));
  if (format === 'csv') {
    const lines = [columns, ...cells].map((line) => line.map(csvField).join(','));
    return { text: `${lines.join('\n')}\n`, shortened: 0 };
  }
  if (cells.length === 0) return { text: '', shortened: 0 };
  const table = formatTable(columns, cells, full);
  return { text: `${table.text}\n`, shortened: table.shortened };
}

/**
 * A value as one line of text. Nodes show their labels and id, relationships their type, paths
 * their steps, so a graph result reads like Cypher: (:Country country:rwanda)-[:PARTY_TO]->(…).
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (isGraphValue(value)) return graphText(value);
  if (Array.isArray(value) && value.some(isGraphValue)) return `[${value.map(cellText).join(', ')}]`;
  const plain = toPlain(value);
  return typeof plain === 'string' ? plain : JSON.stringify(plain);
}

/** JSON for a value: the driver's conversion, with paths as their nodes and relationships in order. */
export function jsonValue(value: unknown): PlainValue {
  if (neo4j.isPath(value)) {
    const path = value as Path;
    return {
      nodes: [path.start, ...path.segments.map((segment) => segment.end)].map((node) => toPlain(node)),
      relationships: path.segments.map((segment) => toPlain(segment.relationship)),
    };
  }
  if (Array.isArray(value)) return value.map(jsonValue);
  return toPlain(value);
}

function isGraphValue(value: unknown): value is Node | Relationship | Path {
  return neo4j.isNode(value) || neo4j.isRelationship(value) || neo4j.isPath(value);
}

function graphText(value: Node | Relationship | Path): string {
  if (neo4j.isNode(value)) return nodeText(value as Node);
  if (neo4j.isRelationship(value)) return `[:${(value as Relationship).type}]`;
  const path = value as Path;
  let text = nodeText(path.start);
  for (const segment of path.segments) {
    const forward = segment.relationship.startNodeElementId === segment.start.elementId;
    const step = `[:${segment.relationship.type}]`;
    text += `${forward ? '-' : '<-'}${step}${forward ? '->' : '-'}${nodeText(segment.end)}`;
  }
  return text;
}

function nodeText(node: Node): string {
  const id = node.properties['id'];
  const labels = node.labels.filter((label) => !['Entity', 'Actor'].includes(label));
  return `(:${labels.join(':')} ${typeof id === 'string' ? id : node.elementId})`;
}

function csvField(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
