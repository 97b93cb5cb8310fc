import DataLoader from 'dataloader';
import type { ManagedTransaction } from 'neo4j-driver';
import type { TransactionWork } from '../db/database';
import type { FactType } from '../graph/model';
import {
  readArticleSentences,
  readNeighbours,
  readNodes,
  readSpans,
  type Direction,
} from '../graph/read/batch-reads';
import { readRelationAgreements, readRelationPeople, readRelationSubjects } from '../graph/read/bilateral';
import { readClaimsAbout, readClaimWords, readLatestClaims } from '../graph/read/claims';
import { readConflictClaims, readConflictsAbout, readRelationConflicts } from '../graph/read/conflicts';

type BatchRead<V> = (tx: ManagedTransaction, keys: readonly string[]) => Promise<Map<string, V>>;

/**
 * Per-request DataLoaders: every nested field of one level becomes one UNWIND query, however
 * many parents there are. Created per request, so nothing is cached between requests. A read
 * whose answer depends on a day (`asOf`) has one loader per day: the day is part of its key, so
 * answers as of two days never share a cache entry; `null` stands for "now".
 */
export function createLoaders(readGraph: <T>(name: string, work: TransactionWork<T>) => Promise<T>) {
  /** A loader over a batch read, answering in key order with `missing` where nothing was found. */
  const loader = <V>(name: string, read: BatchRead<V>, missing: () => V) =>
    new DataLoader<string, V>(async (keys) => {
      const found = await readGraph(name, (tx) => read(tx, keys));
      return keys.map((key) => found.get(key) ?? missing());
    });
  const none = () => [];

  /** One loader per variant (a relationship type and direction, a label, a day), made when first used. */
  const family = <A extends (string | null)[], V>(make: (...variant: A) => DataLoader<string, V>) => {
    const loaders = new Map<string, DataLoader<string, V>>();
    return (...variant: A): DataLoader<string, V> => {
      const key = JSON.stringify(variant);
      const existing = loaders.get(key);
      if (existing) return existing;
      const made = make(...variant);
      loaders.set(key, made);
      return made;
    };
  };
  /** The unit name of a read as of a day: the plain name for "now", so both can be told apart. */
  const named = (name: string, asOf: string | null) => (asOf ? `${name}@${asOf}` : name);

  return {
    nodes: loader('load-nodes', readNodes, () => null),
    /** Spans that name or state an entity, in articles published by the day. */
    spans: family((asOf: string | null) =>
      loader(named('load-spans', asOf), (tx, ids) => readSpans(tx, ids, asOf), none),
    ),
    articleSentences: loader('load-article-sentences', readArticleSentences, none),
    /** Relationships of one type and direction, with the node at the other end, as of a day. */
    neighbours: family((type: FactType, direction: Direction, asOf: string | null) =>
      loader(
        named(`load-${type}:${direction}`, asOf),
        (tx, ids) => readNeighbours(tx, type, direction, ids, asOf),
        none,
      ),
    ),
    /** Sectors, topics or initiatives a bilateral relation's events discussed, with counts. */
    relationSubjects: family((label: 'Sector' | 'Initiative' | 'Topic', asOf: string | null) =>
      loader(
        named(`load-relation-${label}`, asOf),
        (tx, ids) => readRelationSubjects(tx, label, ids, asOf),
        none,
      ),
    ),
    relationPeople: family((asOf: string | null) =>
      loader(named('load-relation-people', asOf), (tx, ids) => readRelationPeople(tx, ids, asOf), none),
    ),
    relationAgreements: family((asOf: string | null) =>
      loader(
        named('load-relation-agreements', asOf),
        (tx, ids) => readRelationAgreements(tx, ids, asOf),
        none,
      ),
    ),
    /** Claims about an entity, in publication order. */
    claimsAbout: family((asOf: string | null) =>
      loader(named('load-claims', asOf), (tx, ids) => readClaimsAbout(tx, ids, asOf), none),
    ),
    /** An entity's latest claim of each property as of a day (status, time, since). */
    latestClaims: family((asOf: string) =>
      loader(
        named('load-latest-claims', asOf),
        (tx, ids) => readLatestClaims(tx, ids, asOf),
        () => ({ status: null, time: null, since: null, timeStart: null, timeEnd: null }),
      ),
    ),
    claimWords: loader('load-claim-words', readClaimWords, none),
    /** Conflicts about an entity. */
    conflictsAbout: family((asOf: string | null) =>
      loader(named('load-conflicts', asOf), (tx, ids) => readConflictsAbout(tx, ids, asOf), none),
    ),
    /** Conflicts about a bilateral relation and its events. */
    relationConflicts: family((asOf: string | null) =>
      loader(named('load-relation-conflicts', asOf), (tx, ids) => readRelationConflicts(tx, ids, asOf), none),
    ),
    conflictClaims: family((asOf: string | null) =>
      loader(named('load-conflict-claims', asOf), (tx, ids) => readConflictClaims(tx, ids, asOf), none),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
