import { readNeighbours, readNodes, readArticleSentences, readSpans } from '../../src/graph/read/batch-reads';
import {
  readBilateralRelation,
  readRelationAgreements,
  readRelationPeople,
  readRelationSubjects,
} from '../../src/graph/read/bilateral';
import { EVERY_PART, readBilateralView, type PartSelection } from '../../src/graph/read/bilateral-view';
import { searchEntities } from '../../src/graph/read/search';
import { readNeighborhood, readShortestPath } from '../../src/graph/read/subgraph';
import { cypherOf } from './statement-recorder';

describe('bilateral view', () => {
  it('when the relation of two countries is read, then it is found through both countries', async () => {
    expect(
      await cypherOf((tx) => readBilateralRelation(tx, 'country:rwanda', 'country:kazakhstan')),
    ).toMatchSnapshot();
  });

  it.each(['Sector', 'Initiative', 'Topic'] as const)(
    'when the %s subjects of relations are read, then events are counted per subject',
    async (label) => {
      expect(await cypherOf((tx) => readRelationSubjects(tx, label, ['relation:a--b']))).toMatchSnapshot();
    },
  );

  it('when the people and agreements of relations are read, then each is one batched statement', async () => {
    expect(await cypherOf((tx) => readRelationPeople(tx, ['relation:a--b']))).toMatchSnapshot();
    expect(await cypherOf((tx) => readRelationAgreements(tx, ['relation:a--b']))).toMatchSnapshot();
  });
});

describe('the bilateral view in one statement', () => {
  /** The statement always returns one row; the recorder returns none, which the read refuses. */
  const viewCypher = (asOf: string | null, selection: PartSelection) =>
    cypherOf((tx) =>
      readBilateralView(tx, 'country:kazakhstan', 'country:rwanda', asOf, selection).catch((error: Error) => {
        if (error.message !== 'The bilateral view returned no row') throw error;
      }),
    );

  it('when only some parts are selected, then the statement reads those and no others', async () => {
    const [cypher] = await viewCypher(null, { timeline: true, sectors: true, agreements: true });
    expect(cypher).toMatchSnapshot();
    expect(cypher).not.toMatch(/ESTABLISHED_BY|PARTICIPANT_IN|:Initiative|:Topic|CONFLICT_ABOUT|CLAIM_ABOUT/);
  });

  it('when every part is selected as of a day, then each follows only facts dated by then', async () => {
    expect(await viewCypher('2025-05-26', EVERY_PART)).toMatchSnapshot();
  });
});

describe('batched reads behind the loaders', () => {
  it('when nodes, spans and sentences are read, then each is one UNWIND statement', async () => {
    expect(await cypherOf((tx) => readNodes(tx, ['country:rwanda']))).toMatchSnapshot();
    expect(await cypherOf((tx) => readSpans(tx, ['country:rwanda']))).toMatchSnapshot();
    expect(await cypherOf((tx) => readArticleSentences(tx, ['article']))).toMatchSnapshot();
  });

  it.each(['out', 'in'] as const)(
    'when neighbours are read %s, then the type is in the pattern',
    async (direction) => {
      expect(
        await cypherOf((tx) => readNeighbours(tx, 'PARTICIPANT_IN', direction, ['event:x'])),
      ).toMatchSnapshot();
    },
  );
});

describe('subgraphs and search', () => {
  it.each([1, 2, 3])(
    'when a neighbourhood of depth %i is read, then only fact types are expanded',
    async (depth) => {
      expect(await cypherOf((tx) => readNeighborhood(tx, 'person:x', depth, null, 50))).toMatchSnapshot();
    },
  );

  it('when a neighbourhood is narrowed to some types, then only those types are in the patterns', async () => {
    const [cypher] = await cypherOf((tx) =>
      readNeighborhood(tx, 'person:x', 2, ['HOLDS_POSITION', 'POSITION_OF'], 50),
    );
    expect(cypher).toMatchSnapshot();
    expect(cypher).not.toContain('PARTICIPANT_IN');
  });

  it('when a shortest path is read, then it follows fact types only', async () => {
    expect(await cypherOf((tx) => readShortestPath(tx, 'person:x', 'country:y', 6))).toMatchSnapshot();
  });

  it('when names are searched, then the full-text index is queried with parameters', async () => {
    expect(await cypherOf((tx) => searchEntities(tx, 'Rwanda', ['Country'], 5))).toMatchSnapshot();
  });
});
