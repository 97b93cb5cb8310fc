import { loadedCountingDatabase, dataOf, testApi, type CountingDatabase } from '../../support/api';

/** Four levels of nesting below the list: participants, their actors' statements, evidence, sentences. */
const nested = `query($first: Int) {
  events(first: $first) { edges { node {
    id
    participants { role actor { name statements { id } } evidence { sentences { index article { id } } } }
    topics { subject { id name } evidence { sentences { index } } }
    statedIn { text sentence { index } }
  } } }
}`;

describe('batching of nested fields (no N+1)', () => {
  let database: CountingDatabase;

  beforeAll(async () => {
    database = await loadedCountingDatabase();
  });

  afterAll(() => database.close());

  const roundTrips = async (first: number) => {
    const api = testApi(database);
    database.reset();
    const events = dataOf(await api.query(nested, { first }))['events'].edges;
    return { events: events.length, units: [...database.units].sort() };
  };

  /**
   * The query has nine fields that read: the list, participants, their statements, the
   * participation evidence's sentences and their article, topics, topic evidence's sentences,
   * statedIn spans and their sentences. Batched, that is at most one round trip each however many
   * events there are (DataLoader may merge some into one); unbatched, it would be one per parent.
   */
  const READING_FIELDS = 9;
  const count = (units: string[], name: string) => units.filter((unit) => unit === name).length;

  it('when a nested query asks for more parents, then the number of round trips to Neo4j does not grow', async () => {
    const one = await roundTrips(1);
    const many = await roundTrips(7);
    expect(one.events).toBe(1);
    expect(many.events).toBe(7);
    for (const run of [one, many]) {
      expect(run.units.length).toBeLessThanOrEqual(READING_FIELDS);
      expect(count(run.units, 'list-events')).toBe(1);
      expect(count(run.units, 'load-PARTICIPANT_IN:in')).toBe(1);
      expect(count(run.units, 'load-MADE_STATEMENT:out')).toBe(1);
      expect(count(run.units, 'load-DISCUSSED:out')).toBe(1);
      expect(count(run.units, 'load-spans')).toBe(1);
      expect(count(run.units, 'load-nodes')).toBeLessThanOrEqual(4);
    }
    expect(many.units.length).toBeLessThan(many.events * 2);
  });
});
