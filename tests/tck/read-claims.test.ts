import { readClaimsAbout, readClaimWords, readLatestClaims } from '../../src/graph/read/claims';
import {
  countConflicts,
  readConflictClaims,
  readConflictPage,
  readConflictsAbout,
  readRelationConflicts,
} from '../../src/graph/read/conflicts';
import { cypherOf } from './statement-recorder';

const asOf = '2025-05-26';

describe('claims', () => {
  it('when the claims about entities are read, then one UNWIND statement returns them in publication order', async () => {
    expect(await cypherOf((tx) => readClaimsAbout(tx, ['event:x']))).toMatchSnapshot();
    expect(await cypherOf((tx) => readClaimsAbout(tx, ['event:x'], asOf))).toMatchSnapshot();
  });

  it('when the latest claims as of a day are read, then each property takes the latest claim by then, with its time bounds', async () => {
    expect(await cypherOf((tx) => readLatestClaims(tx, ['event:x'], asOf))).toMatchSnapshot();
  });

  it('when the words of claims are read, then they follow STATED_IN from each claim', async () => {
    expect(await cypherOf((tx) => readClaimWords(tx, ['article#claim:status:event:x']))).toMatchSnapshot();
  });
});

describe('conflicts', () => {
  it('when the conflicts about entities are read, then one UNWIND statement follows CONFLICT_ABOUT', async () => {
    expect(await cypherOf((tx) => readConflictsAbout(tx, ['event:x']))).toMatchSnapshot();
  });

  it('when read as of a day, then each value keeps the sources published by then and a conflict needs two values', async () => {
    expect(await cypherOf((tx) => readConflictsAbout(tx, ['event:x'], asOf))).toMatchSnapshot();
  });

  it('when the conflicts of relations are read, then the relation and its events are both covered', async () => {
    expect(await cypherOf((tx) => readRelationConflicts(tx, ['relation:a--b']))).toMatchSnapshot();
    expect(await cypherOf((tx) => readRelationConflicts(tx, ['relation:a--b'], asOf))).toMatchSnapshot();
  });

  it('when the claims a conflict compares are read, then they follow BETWEEN_CLAIMS in publication order', async () => {
    expect(await cypherOf((tx) => readConflictClaims(tx, ['conflict:time:event:x']))).toMatchSnapshot();
  });

  it('when conflicts are listed for analysts, then they are paged by id with their filters', async () => {
    const filter = { properties: ['time', 'place'], kind: 'between-sources' };
    expect(
      await cypherOf((tx) => readConflictPage(tx, filter, { first: 10, after: { key: 'c', id: 'c' } })),
    ).toMatchSnapshot();
    expect(await cypherOf((tx) => countConflicts(tx, filter))).toMatchSnapshot();
  });
});
