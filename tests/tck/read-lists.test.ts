import {
  countEvents,
  readEntityPage,
  readEventPage,
  readRelationPage,
  type EventOrder,
} from '../../src/graph/read/lists';
import { cypherOf } from './statement-recorder';

const firstPage = { first: 10, after: null };
const laterPage = { first: 10, after: { key: 'k', id: 'event:x' } };

describe('events list', () => {
  it('when no filter is given, then the statement scans events sorted by time', async () => {
    expect(await cypherOf((tx) => readEventPage(tx, {}, 'TIME_ASC', firstPage))).toMatchSnapshot();
  });

  it('when every filter is given, then each becomes a condition', async () => {
    const filter = {
      statuses: ['planned'],
      kinds: ['ministerial_meeting'],
      countryId: 'country:rwanda',
      subjectId: 'sector:trade',
      from: '2024-01-01',
      to: '2025-12-31',
    };
    expect(await cypherOf((tx) => readEventPage(tx, filter, 'TIME_DESC', laterPage))).toMatchSnapshot();
  });

  it.each<EventOrder>(['TIME_ASC', 'TIME_DESC', 'NAME_ASC'])(
    'when ordered by %s, then the sort key follows',
    async (order) => {
      expect(await cypherOf((tx) => readEventPage(tx, {}, order, laterPage))).toMatchSnapshot();
    },
  );

  it('when counted with a filter, then the count uses the same conditions', async () => {
    expect(await cypherOf((tx) => countEvents(tx, { statuses: ['occurred'] }))).toMatchSnapshot();
  });
});

describe('entities list', () => {
  it('when filtered by type and country, then the country link follows facts only', async () => {
    const filter = { labels: ['Person'], countryId: 'country:rwanda' };
    expect(await cypherOf((tx) => readEntityPage(tx, filter, firstPage))).toMatchSnapshot();
  });
});

describe('relations list', () => {
  it('when unfiltered, then only fact relationship types are matched', async () => {
    expect(await cypherOf((tx) => readRelationPage(tx, {}, firstPage))).toMatchSnapshot();
  });

  it('when filtered by type, node and basis, then each becomes a condition', async () => {
    const filter = { types: ['HOLDS_POSITION'], nodeId: 'person:x', basis: 'article' as const };
    expect(await cypherOf((tx) => readRelationPage(tx, filter, laterPage))).toMatchSnapshot();
  });
});
