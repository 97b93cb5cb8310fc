import { errorCodes } from '../../support/api';
import {
  A25,
  A28,
  A30_HUYE,
  HABIMANA_MEETING,
  loadManySources,
  VISIT,
  type ManySourcesApi,
} from './many-sources-fixtures';

/**
 * The many-sources articles read as of a day (what the articles published by then said), and
 * facts filtered and ordered by how many outlets state them.
 */
describe('GraphQL over many sources, as of a day and by corroboration', () => {
  let fixture: ManySourcesApi;
  const query = (text: string, variables: Record<string, unknown> = {}) => fixture.query(text, variables);

  beforeAll(async () => {
    fixture = await loadManySources();
  });

  afterAll(() => fixture.database.close());

  describe('as of a day', () => {
    const eventsAsOf = `query($asOf: String) { events(first: 50, asOf: $asOf) { totalCount edges { node {
      id status time { value start end } statusWords { text }
    } } } }`;
    const visitAsOf = async (asOf: string | null) => {
      const data = await query(eventsAsOf, { asOf });
      return data['events'].edges.find((edge: { node: { id: string } }) => edge.node.id === VISIT)?.node;
    };

    it('when events are asked for as of 26 May, then the visit is planned for 28–29 May, as the only report by then said', async () => {
      expect(await visitAsOf('2025-05-26')).toEqual({
        id: VISIT,
        status: 'PLANNED',
        time: { value: '2025-05-28/2025-05-29', start: '2025-05-28', end: '2025-05-29' },
        statusWords: [{ text: 'ategerejwe' }, { text: 'azakirwa na' }],
      });
      const data = await query(eventsAsOf, { asOf: '2025-05-26' });
      // Only what the article of 25 May reported: the visit and the start of relations.
      expect(data['events'].totalCount).toBe(2);
    });

    it('when events are asked for as of 28 May or later, then the visit has occurred, 27–29 May', async () => {
      for (const asOf of ['2025-05-28', '2025-06-30', null]) {
        const visit = await visitAsOf(asOf);
        expect({ asOf, status: visit.status, time: visit.time.value }).toEqual({
          asOf,
          status: 'OCCURRED',
          time: '2025-05-27/2025-05-29',
        });
      }
    });

    it('when events are filtered by status as of a day, then the status as of that day decides', async () => {
      const planned = await query(
        `{ events(asOf: "2025-05-26", filter: { status: [PLANNED] }) { edges { node { id } } } }`,
      );
      expect(planned['events'].edges).toEqual([{ node: { id: VISIT } }]);
      const later = await query(
        `{ events(asOf: "2025-05-28", filter: { status: [PLANNED] }) { edges { node { id } } } }`,
      );
      expect(later['events'].edges).toEqual([{ node: { id: HABIMANA_MEETING } }]);
    });

    it('when the relation is asked for as of a day, then its start, timeline and conflicts are those of the articles by then', async () => {
      const relationAsOf = `query($asOf: String) { bilateralRelation(countryA: "country:ghana", countryB: "country:rwanda", asOf: $asOf) {
        since { value text }
        timeline { id status }
        conflicts { property values { value sources } }
        people { person { id } events { id status } }
      } }`;
      const before = await query(relationAsOf, { asOf: '2025-05-24' });
      expect(before['bilateralRelation']).toBeNull();

      const early = (await query(relationAsOf, { asOf: '2025-05-26' }))['bilateralRelation'];
      expect(early.since).toEqual({ value: '2009', text: 'mu mwaka wa 2009' });
      expect(early.timeline).toEqual([
        { id: 'event:2009-ghana-rwanda-diplomatic-relations-established', status: 'OCCURRED' },
        { id: VISIT, status: 'PLANNED' },
      ]);
      expect(early.conflicts).toEqual([]);
      expect(early.people.map((person: { person: { id: string } }) => person.person.id)).toEqual([
        'person:kwabena-asante-mensah',
        'person:yvette-mukankusi',
      ]);

      // On 30 May the 2011 report came out: the latest word, and a conflict with the 2009 one.
      const later = (await query(relationAsOf, { asOf: '2025-05-31' }))['bilateralRelation'];
      expect(later.since).toEqual({ value: '2011', text: 'mu mwaka wa 2011' });
      expect(later.conflicts.find((conflict: { property: string }) => conflict.property === 'SINCE')).toEqual(
        {
          property: 'SINCE',
          values: [
            { value: '2009', sources: [A25] },
            { value: '2011', sources: [A30_HUYE] },
          ],
        },
      );
    });

    it('when relations are asked for as of a day, then only facts reported by then count, with their sources by then', async () => {
      const data =
        await query(`{ relations(first: 100, asOf: "2025-05-28", filter: { types: ["PARTICIPANT_IN"], node: "person:kwabena-asante-mensah" }) {
        totalCount edges { node { target { id } properties evidence { corroboration sources { id } firstReported } } }
      } }`);
      const visit = data['relations'].edges.find(
        (edge: { node: { target: { id: string } } }) => edge.node.target.id === VISIT,
      );
      expect(visit.node.evidence).toEqual({
        corroboration: 2,
        sources: [{ id: A25 }, { id: A28 }],
        firstReported: '2025-05-25',
      });
      // The meeting on 29 May, announced on 28 May; the meetings reported later are not there yet.
      expect(
        data['relations'].edges
          .map((edge: { node: { target: { id: string } } }) => edge.node.target.id)
          .sort(),
      ).toEqual([VISIT, HABIMANA_MEETING]);
    });

    it('when a neighbourhood is asked for as of a day, then an entity first reported later has none yet', async () => {
      const neighborhood = `query($asOf: String) { neighborhood(id: "person:claudine-habimana", asOf: $asOf) {
        nodes { id } edges { type } } }`;
      const before = await query(neighborhood, { asOf: '2025-05-29' });
      expect(before['neighborhood']).toEqual({ nodes: [], edges: [] });
      const after = await query(neighborhood, { asOf: '2025-05-30' });
      expect(after['neighborhood'].nodes.map((node: { id: string }) => node.id)).toContain(
        'person:claudine-habimana',
      );
      expect(after['neighborhood'].edges.length).toBeGreaterThan(0);
    });

    it('when a neighbourhood of the visit is drawn as of 26 May, then its properties are those of that day', async () => {
      const data = await query(`{ neighborhood(id: "${VISIT}", asOf: "2025-05-26") {
        nodes { id properties } edges { type evidence { sources { id } } } } }`);
      const visit = data['neighborhood'].nodes.find((node: { id: string }) => node.id === VISIT);
      expect(visit.properties).toMatchObject({ status: 'planned', timeValue: '2025-05-28/2025-05-29' });
      for (const edge of data['neighborhood'].edges) expect(edge.evidence.sources).toEqual([{ id: A25 }]);
    });

    it.each([
      ['events', '{ events(asOf: "26 May 2025") { totalCount } }'],
      ['relations', '{ relations(asOf: "2025-02-30") { totalCount } }'],
      [
        'bilateralRelation',
        '{ bilateralRelation(countryA: "country:ghana", countryB: "country:rwanda", asOf: "2025") { id } }',
      ],
      ['neighborhood', '{ neighborhood(id: "country:ghana", asOf: "yesterday") { truncated } }'],
    ])(
      'when %s is given an asOf that is not a day, then the error is BAD_USER_INPUT naming asOf',
      async (_field, text) => {
        const response = await fixture.api.query(text);
        expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
        expect(response.body.errors?.[0]?.extensions?.['argument']).toBe('asOf');
      },
    );
  });

  describe('corroboration as a filter and an order', () => {
    interface RelationEdge {
      node: { id: string; type: string; evidence: { corroboration: number } };
    }
    /** Every relation the arguments select, page after page of `first`, in the order served. */
    const allRelations = async (args: string, first = 100) => {
      const edges: RelationEdge[] = [];
      let after: string | null = null;
      let totalCount = 0;
      for (let page = 0; page < 200; page += 1) {
        const data = await query(
          `query($after: String) { relations(first: ${first}, after: $after, ${args}) {
            totalCount edges { node { id type evidence { corroboration } } } pageInfo { hasNextPage endCursor } } }`,
          { after },
        );
        totalCount = data['relations'].totalCount;
        edges.push(...data['relations'].edges);
        if (!data['relations'].pageInfo.hasNextPage) break;
        after = data['relations'].pageInfo.endCursor;
      }
      return { totalCount, edges };
    };
    const corroborationOf = (edge: RelationEdge) => edge.node.evidence.corroboration;

    it('when relations are filtered by a minimum corroboration of 2, then only facts two outlets state remain', async () => {
      const all = await allRelations('filter: {}');
      const corroborated = await allRelations('filter: { minCorroboration: 2 }');
      expect(all.edges).toHaveLength(all.totalCount);
      expect(corroborated.edges).toHaveLength(corroborated.totalCount);
      expect(corroborated.edges.map((edge) => edge.node.id)).toEqual(
        all.edges.filter((edge) => corroborationOf(edge) >= 2).map((edge) => edge.node.id),
      );
      expect(corroborated.totalCount).toBeGreaterThan(0);
      expect(corroborated.totalCount).toBeLessThan(all.totalCount);
    });

    it('when relations are ordered by corroboration, then the best corroborated come first and cursors page through the same order', async () => {
      const whole = await allRelations('orderBy: CORROBORATION_DESC');
      const counts = whole.edges.map(corroborationOf);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
      expect(counts[0]).toBe(5);
      expect(counts).toHaveLength(whole.totalCount);

      const paged = await allRelations('orderBy: CORROBORATION_DESC', 7);
      expect(paged.edges.map((edge) => edge.node.id)).toEqual(whole.edges.map((edge) => edge.node.id));
      const filtered = await allRelations('orderBy: CORROBORATION_DESC, filter: { minCorroboration: 3 }', 4);
      expect(filtered.edges.map((edge) => edge.node.id)).toEqual(
        whole.edges.filter((edge) => corroborationOf(edge) >= 3).map((edge) => edge.node.id),
      );
    });

    it('when a negative minimum corroboration is given, then the error is BAD_USER_INPUT', async () => {
      const response = await fixture.api.query(
        '{ relations(filter: { minCorroboration: -1 }) { totalCount } }',
      );
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    });
  });
});
