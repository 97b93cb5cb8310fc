import DataLoader from 'dataloader';
import type { Database } from '../db/database';
import {
  readArticleSentences,
  readNeighbours,
  readNodes,
  readSpans,
  type Direction,
  type FactType,
  type Neighbour,
  type SpanData,
} from '../graph/read/batch-reads';
import {
  readRelationAgreements,
  readRelationPeople,
  readRelationSubjects,
  type PersonInvolvement,
  type SubjectCount,
} from '../graph/read/bilateral';
import type { NodeData } from '../graph/read/records';

/**
 * Per-request DataLoaders: every nested field of one level becomes one UNWIND query, however
 * many parents there are. Created per request, so nothing is cached between requests.
 */
export function createLoaders(database: Database, requestId: string) {
  const metadata = { requestId };
  /** A batch function reading a Map, answered in key order with a fallback for missing keys. */
  const batch =
    <V>(
      name: string,
      read: (
        keys: readonly string[],
      ) => (tx: Parameters<Parameters<Database['read']>[1]>[0]) => Promise<Map<string, V>>,
      missing: () => V,
    ) =>
    async (keys: readonly string[]): Promise<V[]> => {
      const found = await database.read({ name, metadata }, read(keys));
      return keys.map((key) => found.get(key) ?? missing());
    };

  const neighbourLoaders = new Map<string, DataLoader<string, Neighbour[]>>();
  const subjectLoaders = new Map<string, DataLoader<string, SubjectCount[]>>();

  return {
    nodes: new DataLoader<string, NodeData | null>(
      batch(
        'load-nodes',
        (ids) => (tx) => readNodes(tx, ids),
        () => null,
      ),
    ),
    spans: new DataLoader<string, SpanData[]>(
      batch(
        'load-spans',
        (ids) => (tx) => readSpans(tx, ids),
        () => [],
      ),
    ),
    articleSentences: new DataLoader<string, NodeData[]>(
      batch(
        'load-article-sentences',
        (ids) => (tx) => readArticleSentences(tx, ids),
        () => [],
      ),
    ),
    /** Relationships of one type and direction, one loader per pair. */
    neighbours(type: FactType, direction: Direction): DataLoader<string, Neighbour[]> {
      const key = `${type}:${direction}`;
      let loader = neighbourLoaders.get(key);
      if (!loader) {
        loader = new DataLoader(
          batch(
            `load-${key}`,
            (ids) => (tx) => readNeighbours(tx, type, direction, ids),
            () => [],
          ),
        );
        neighbourLoaders.set(key, loader);
      }
      return loader;
    },
    relationSubjects(label: 'Sector' | 'Initiative' | 'Topic'): DataLoader<string, SubjectCount[]> {
      let loader = subjectLoaders.get(label);
      if (!loader) {
        loader = new DataLoader(
          batch(
            `load-relation-${label}`,
            (ids) => (tx) => readRelationSubjects(tx, label, ids),
            () => [],
          ),
        );
        subjectLoaders.set(label, loader);
      }
      return loader;
    },
    relationPeople: new DataLoader<string, PersonInvolvement[]>(
      batch(
        'load-relation-people',
        (ids) => (tx) => readRelationPeople(tx, ids),
        () => [],
      ),
    ),
    relationAgreements: new DataLoader<string, NodeData[]>(
      batch(
        'load-relation-agreements',
        (ids) => (tx) => readRelationAgreements(tx, ids),
        () => [],
      ),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
