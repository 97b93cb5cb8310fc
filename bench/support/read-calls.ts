import type { ManagedTransaction } from 'neo4j-driver';
import { readArticleSentences, readNeighbours, readNodes, readSpans } from '../../src/graph/read/batch-reads';
import {
  readBilateralRelation,
  readRelationAgreements,
  readRelationPeople,
  readRelationSubjects,
} from '../../src/graph/read/bilateral';
import { EVERY_PART, readBilateralView } from '../../src/graph/read/bilateral-view';
import { readClaimsAbout, readClaimWords, readLatestClaims } from '../../src/graph/read/claims';
import {
  readConflictClaims,
  readConflictsAbout,
  readRelationConflicts,
} from '../../src/graph/read/conflicts';
import { countEvents, readEntityPage, readEventPage, readRelationPage } from '../../src/graph/read/lists';
import { readNeighborhood, readShortestPath } from '../../src/graph/read/subgraph';

/** Ids of the article graph that every graph the benchmarks use holds. */
export interface SampleIds {
  countryA: string;
  countryB: string;
  person: string;
  /** The bilateral relation of the two countries. */
  relation: string;
  event: string;
  article: string;
  claim: string | null;
  conflict: string | null;
  asOf: string;
}

/** The ids of the seed article that every sample starts from; findSampleIds finds the rest. */
export const ARTICLE_SAMPLE: Pick<SampleIds, 'countryA' | 'countryB' | 'person' | 'asOf'> = {
  countryA: 'country:rwanda',
  countryB: 'country:kazakhstan',
  person: 'person:murat-nurtleu',
  asOf: '2025-05-29',
};

/** The sample ids that depend on the graph: the relation, one of its events, an article, a claim. */
export async function findSampleIds(
  tx: ManagedTransaction,
  fixed: Pick<SampleIds, 'countryA' | 'countryB' | 'person' | 'asOf'>,
): Promise<SampleIds> {
  const relation = await readBilateralRelation(tx, fixed.countryA, fixed.countryB);
  if (!relation) throw new Error(`The graph has no relation between ${fixed.countryA} and ${fixed.countryB}`);
  const result = await tx.run(
    `MATCH (relation:Entity {id: $relation})-[:INCLUDES_EVENT]->(event:Event)
     WITH event ORDER BY event.id LIMIT 1
     OPTIONAL MATCH (event)<-[:CLAIM_ABOUT]-(claim:Claim)
     OPTIONAL MATCH (event)<-[:CONFLICT_ABOUT]-(conflict:Conflict)
     WITH event, min(claim.id) AS claim, min(conflict.id) AS conflict
     CALL () { MATCH (article:Article) RETURN min(article.id) AS article }
     RETURN event.id AS event, claim, conflict, article`,
    { relation: relation.id },
  );
  const record = result.records[0];
  if (!record) throw new Error(`The relation ${relation.id} has no events`);
  return {
    ...fixed,
    relation: relation.id,
    event: record.get('event') as string,
    article: record.get('article') as string,
    claim: record.get('claim') as string | null,
    conflict: record.get('conflict') as string | null,
  };
}

export interface ReadCall {
  name: string;
  run(tx: ManagedTransaction): Promise<unknown>;
}

/** Every read of src/graph/read that takes an id, with the sample ids, now and as of a day. */
export function readCalls(ids: SampleIds): ReadCall[] {
  const { relation, event, person, countryA, countryB, asOf } = ids;
  const page = { first: 20, after: null };
  const calls: ReadCall[] = [
    { name: 'readNodes', run: (tx) => readNodes(tx, [countryA, event, ids.article]) },
    { name: 'readBilateralRelation', run: (tx) => readBilateralRelation(tx, countryA, countryB) },
    { name: 'readBilateralRelation asOf', run: (tx) => readBilateralRelation(tx, countryA, countryB, asOf) },
    {
      name: 'readBilateralView (all parts)',
      run: (tx) => readBilateralView(tx, countryA, countryB, null, { ...EVERY_PART, latestClaims: false }),
    },
    { name: 'readRelationSubjects Sector', run: (tx) => readRelationSubjects(tx, 'Sector', [relation]) },
    { name: 'readRelationPeople', run: (tx) => readRelationPeople(tx, [relation]) },
    { name: 'readRelationAgreements', run: (tx) => readRelationAgreements(tx, [relation]) },
    { name: 'readRelationAgreements asOf', run: (tx) => readRelationAgreements(tx, [relation], asOf) },
    { name: 'readRelationConflicts', run: (tx) => readRelationConflicts(tx, [relation]) },
    {
      name: 'readNeighbours INCLUDES_EVENT out',
      run: (tx) => readNeighbours(tx, 'INCLUDES_EVENT', 'out', [relation]),
    },
    { name: 'readNeighbours PARTY_TO in', run: (tx) => readNeighbours(tx, 'PARTY_TO', 'in', [relation]) },
    {
      name: 'readNeighbours PARTICIPANT_IN out',
      run: (tx) => readNeighbours(tx, 'PARTICIPANT_IN', 'out', [countryA]),
    },
    {
      name: 'readNeighbours HOLDS_POSITION out',
      run: (tx) => readNeighbours(tx, 'HOLDS_POSITION', 'out', [person]),
    },
    { name: 'readSpans', run: (tx) => readSpans(tx, [event, person]) },
    { name: 'readSpans asOf', run: (tx) => readSpans(tx, [event, person], asOf) },
    { name: 'readArticleSentences', run: (tx) => readArticleSentences(tx, [ids.article]) },
    { name: 'readClaimsAbout', run: (tx) => readClaimsAbout(tx, [event, relation]) },
    { name: 'readLatestClaims', run: (tx) => readLatestClaims(tx, [event, relation], asOf) },
    { name: 'readConflictsAbout', run: (tx) => readConflictsAbout(tx, [event]) },
    { name: 'readNeighborhood depth 1', run: (tx) => readNeighborhood(tx, person, 1, null, 50) },
    { name: 'readNeighborhood depth 2', run: (tx) => readNeighborhood(tx, person, 2, null, 40) },
    { name: 'readNeighborhood depth 3', run: (tx) => readNeighborhood(tx, person, 3, null, 50) },
    {
      name: 'readNeighborhood depth 2, two types',
      run: (tx) => readNeighborhood(tx, countryA, 2, ['PARTY_TO', 'PARTICIPANT_IN'], 50),
    },
    { name: 'readNeighborhood depth 2 asOf', run: (tx) => readNeighborhood(tx, person, 2, null, 40, asOf) },
    { name: 'readShortestPath', run: (tx) => readShortestPath(tx, person, countryB, 6) },
    {
      name: 'readEventPage by country',
      run: (tx) => readEventPage(tx, { countryId: countryA }, 'TIME_ASC', page),
    },
    { name: 'countEvents by country', run: (tx) => countEvents(tx, { countryId: countryA }) },
    { name: 'readEntityPage by country', run: (tx) => readEntityPage(tx, { countryId: countryA }, page) },
    { name: 'readRelationPage by node', run: (tx) => readRelationPage(tx, { nodeId: person }, page) },
  ];
  // On a graph without claims or conflicts the id matches nothing: the plan still shows the lookup.
  calls.push({ name: 'readClaimWords', run: (tx) => readClaimWords(tx, [ids.claim ?? 'claim:none']) });
  calls.push({
    name: 'readConflictClaims',
    run: (tx) => readConflictClaims(tx, [ids.conflict ?? 'conflict:none']),
  });
  return calls;
}
