import DataLoader from 'dataloader';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../db/database';
import type { FactType } from '../graph/model';
import {
  readArticleSentences,
  readNeighbours,
  readNodes,
  readSpans,
  type Direction,
} from '../graph/read/batch-reads';
import { readRelationAgreements, readRelationPeople, readRelationSubjects } from '../graph/read/bilateral';

type BatchRead<V> = (tx: ManagedTransaction, keys: readonly string[]) => Promise<Map<string, V>>;

/**
 * Per-request DataLoaders: every nested field of one level becomes one UNWIND query, however
 * many parents there are. Created per request, so nothing is cached between requests.
 */
export function createLoaders(database: Database, requestId: string) {
  /** A loader over a batch read, answering in key order with `missing` where nothing was found. */
  const loader = <V>(name: string, read: BatchRead<V>, missing: () => V) =>
    new DataLoader<string, V>(async (keys) => {
      const found = await database.read({ name, metadata: { requestId } }, (tx) => read(tx, keys));
      return keys.map((key) => found.get(key) ?? missing());
    });
  const none = () => [];

  /** One loader per variant (a relationship type and direction, a label), made when first used. */
  const family = <A extends string[], V>(make: (...variant: A) => DataLoader<string, V>) => {
    const loaders = new Map<string, DataLoader<string, V>>();
    return (...variant: A): DataLoader<string, V> => {
      const key = variant.join(':');
      const existing = loaders.get(key);
      if (existing) return existing;
      const made = make(...variant);
      loaders.set(key, made);
      return made;
    };
  };

  return {
    nodes: loader('load-nodes', readNodes, () => null),
    spans: loader('load-spans', readSpans, none),
    articleSentences: loader('load-article-sentences', readArticleSentences, none),
    /** Relationships of one type and direction, with the node at the other end. */
    neighbours: family((type: FactType, direction: Direction) =>
      loader(`load-${type}:${direction}`, (tx, ids) => readNeighbours(tx, type, direction, ids), none),
    ),
    /** Sectors, topics or initiatives a bilateral relation's events discussed, with counts. */
    relationSubjects: family((label: 'Sector' | 'Initiative' | 'Topic') =>
      loader(`load-relation-${label}`, (tx, ids) => readRelationSubjects(tx, label, ids), none),
    ),
    relationPeople: loader('load-relation-people', readRelationPeople, none),
    relationAgreements: loader('load-relation-agreements', readRelationAgreements, none),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
