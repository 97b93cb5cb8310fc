import {
  loadedCountingDatabase,
  dataOf,
  testApi,
  type CountingDatabase,
  type TestApi,
} from '../../support/api';
import { SEED_ARTICLE_ID } from '../../support/article';

/** The seed article gives no publication date: its facts cannot be placed in time. */
describe('an article without a publication date', () => {
  let database: CountingDatabase;
  let api: TestApi;

  beforeAll(async () => {
    database = await loadedCountingDatabase();
    api = testApi(database);
  });

  afterAll(() => database.close());

  it('when its facts are asked for, then it is their one source, with no first report date', async () => {
    const data = dataOf(
      await api.query(`{ node(id: "person:murat-nurtleu") { ... on Person { positions { evidence {
        corroboration firstReported sources { id publishedOn outlet } spans { text article { id } sentence { index } }
      } } } } }`),
    );
    const [first] = data['node'].positions;
    expect(first.evidence).toMatchObject({
      corroboration: 1,
      firstReported: null,
      sources: [{ id: SEED_ARTICLE_ID, publishedOn: null, outlet: null }],
    });
    expect(first.evidence.spans.length).toBeGreaterThan(0);
    for (const span of first.evidence.spans) {
      expect(span.article).toEqual({ id: SEED_ARTICLE_ID });
      expect(span.sentence).not.toBeNull();
    }
  });

  it('when the article is read, then what it does not give is named as unknown, and nothing as unrecorded', async () => {
    const data = dataOf(
      await api.query(`{ articles { publishedOn author unknownMetadata unrecordedMetadata } }`),
    );
    expect(data['articles']).toEqual([
      {
        publishedOn: null,
        author: null,
        unknownMetadata: ['publishedOn', 'outlet', 'author', 'url'],
        unrecordedMetadata: [],
      },
    ]);
  });

  it('when anything is asked as of a day, then its facts are left out: they cannot be placed in time', async () => {
    const data = dataOf(
      await api.query(`{
        events(asOf: "2030-01-01") { totalCount }
        relations(asOf: "2030-01-01") { totalCount }
        bilateralRelation(countryA: "country:rwanda", countryB: "country:kazakhstan", asOf: "2030-01-01") { id }
        neighborhood(id: "country:rwanda", asOf: "2030-01-01") { nodes { id } }
        now: events { totalCount }
      }`),
    );
    expect(data).toEqual({
      events: { totalCount: 0 },
      relations: { totalCount: 0 },
      bilateralRelation: null,
      neighborhood: { nodes: [] },
      now: { totalCount: expect.any(Number) },
    });
    expect(data['now'].totalCount).toBeGreaterThan(0);
  });

  it('when the claims of its events are asked for, then each has no publication date', async () => {
    const data = dataOf(
      await api.query(
        `{ events(first: 50) { edges { node { statusHistory { publishedOn article { id } } } } } }`,
      ),
    );
    const claims = data['events'].edges.flatMap(
      (edge: { node: { statusHistory: unknown[] } }) => edge.node.statusHistory,
    );
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims)
      expect(claim).toEqual({ publishedOn: null, article: { id: SEED_ARTICLE_ID } });
  });
});
