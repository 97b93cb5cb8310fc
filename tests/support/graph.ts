import { toPlain, type PlainValue } from '../../src/db/convert';
import type { Database } from '../../src/db/database';
import { loadArticles } from '../../src/ingest/load-articles';
import { SEED_ARTICLE_FOLDER } from './article';

/** Deletes every node and relationship; constraints and indexes stay. */
export async function emptyDatabase(database: Database): Promise<void> {
  await database.write({ name: 'test-empty-database' }, (tx) => tx.run('MATCH (n) DETACH DELETE n'));
}

export async function loadSeedArticle(database: Database): Promise<void> {
  await emptyDatabase(database);
  await loadArticles(database, [SEED_ARTICLE_FOLDER]);
}

export interface GraphSnapshot {
  nodes: string[];
  relationships: string[];
}

/**
 * The whole graph as sorted lines of text, independent of internal ids: each node by its labels
 * and properties, each relationship by its type, end ids and properties. Two equal snapshots mean
 * two equal graphs.
 */
export async function snapshotGraph(database: Database): Promise<GraphSnapshot> {
  return database.read({ name: 'test-snapshot' }, async (tx) => {
    // The graph's version node changes with every load, even one that changes nothing else.
    const nodes = await tx.run(
      'MATCH (n) WHERE NOT n:GraphState RETURN labels(n) AS labels, properties(n) AS properties',
    );
    const relationships = await tx.run(
      'MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS properties',
    );
    const line = (value: Record<string, PlainValue>) => JSON.stringify(sortKeys(value));
    return {
      nodes: nodes.records
        .map((record) =>
          line({
            labels: (toPlain(record.get('labels')) as string[]).sort(),
            properties: toPlain(record.get('properties')),
          }),
        )
        .sort(),
      relationships: relationships.records
        .map((record) =>
          line({
            from: toPlain(record.get('from')),
            type: toPlain(record.get('type')),
            to: toPlain(record.get('to')),
            properties: toPlain(record.get('properties')),
          }),
        )
        .sort(),
    };
  });
}

function sortKeys(value: PlainValue): PlainValue {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys(value[key]!)]),
  );
}

/** Runs a read query and returns its rows as plain objects. */
export async function readRows(
  database: Database,
  cypher: string,
  parameters: Record<string, unknown> = {},
): Promise<Record<string, PlainValue>[]> {
  return database.read({ name: 'test-query' }, async (tx) => {
    const result = await tx.run(cypher, parameters);
    return result.records.map((record) => toPlain(record.toObject()) as Record<string, PlainValue>);
  });
}
