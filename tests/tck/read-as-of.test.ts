import { readNeighbours, readNodes, readSpans } from '../../src/graph/read/batch-reads';
import {
  readBilateralRelation,
  readRelationAgreements,
  readRelationPeople,
  readRelationSubjects,
} from '../../src/graph/read/bilateral';
import { countEvents, readEventPage, readRelationPage } from '../../src/graph/read/lists';
import { readNeighborhood } from '../../src/graph/read/subgraph';
import { cypherOf } from './statement-recorder';

const asOf = '2025-05-26';
const firstPage = { first: 10, after: null };
const laterPage = { first: 10, after: { key: 'k', id: 'x' } };

describe('events as of a day', () => {
  it('when listed as of a day, then only events reported by then count, with the latest claims by then', async () => {
    expect(await cypherOf((tx) => readEventPage(tx, { asOf }, 'TIME_ASC', firstPage))).toMatchSnapshot();
  });

  it('when filtered by status and time as of a day, then the conditions read the claimed status and bounds', async () => {
    const filter = { asOf, statuses: ['planned'], from: '2025-05-01', to: '2025-05-31' };
    expect(await cypherOf((tx) => readEventPage(tx, filter, 'TIME_DESC', laterPage))).toMatchSnapshot();
    expect(await cypherOf((tx) => countEvents(tx, filter))).toMatchSnapshot();
  });
});

describe('relations by corroboration and as of a day', () => {
  it('when a minimum corroboration is asked, then the stored count is compared after the other conditions', async () => {
    const filter = { types: ['PARTICIPANT_IN'], minCorroboration: 2 };
    expect(await cypherOf((tx) => readRelationPage(tx, filter, firstPage))).toMatchSnapshot();
  });

  it('when ordered by corroboration, then the key puts the best corroborated first and keeps the cursor ascending', async () => {
    expect(
      await cypherOf((tx) => readRelationPage(tx, {}, laterPage, 'CORROBORATION_DESC')),
    ).toMatchSnapshot();
  });

  it('when read as of a day, then only facts with a source dated by then count, their outlets counted up to then', async () => {
    expect(await cypherOf((tx) => readRelationPage(tx, { asOf }, firstPage))).toMatchSnapshot();
    expect(
      await cypherOf((tx) =>
        readRelationPage(tx, { asOf, minCorroboration: 2 }, firstPage, 'CORROBORATION_DESC'),
      ),
    ).toMatchSnapshot();
  });
});

describe('the bilateral view as of a day', () => {
  it('when the relation is read as of a day, then it and both parties must be reported by then', async () => {
    expect(
      await cypherOf((tx) => readBilateralRelation(tx, 'country:rwanda', 'country:ghana', asOf)),
    ).toMatchSnapshot();
  });

  it('when its subjects, people and agreements are read as of a day, then every fact followed is dated by then', async () => {
    expect(
      await cypherOf((tx) => readRelationSubjects(tx, 'Sector', ['relation:a--b'], asOf)),
    ).toMatchSnapshot();
    expect(await cypherOf((tx) => readRelationPeople(tx, ['relation:a--b'], asOf))).toMatchSnapshot();
    expect(await cypherOf((tx) => readRelationAgreements(tx, ['relation:a--b'], asOf))).toMatchSnapshot();
  });
});

describe('batched reads and subgraphs as of a day', () => {
  it('when neighbours and spans are read as of a day, then facts and articles published later are left out', async () => {
    expect(
      await cypherOf((tx) => readNeighbours(tx, 'INCLUDES_EVENT', 'out', ['relation:a--b'], asOf)),
    ).toMatchSnapshot();
    expect(await cypherOf((tx) => readSpans(tx, ['event:x'], asOf))).toMatchSnapshot();
  });

  it('when nodes are read by id, then claims and conflicts are found as well', async () => {
    expect(await cypherOf((tx) => readNodes(tx, ['conflict:time:event:x']))).toMatchSnapshot();
  });

  it('when a neighbourhood is read as of a day, then the start must be reported and every fact walked dated by then', async () => {
    expect(await cypherOf((tx) => readNeighborhood(tx, 'person:x', 2, null, 50, asOf))).toMatchSnapshot();
  });
});
