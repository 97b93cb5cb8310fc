import {
  A0603,
  A25,
  A28,
  A29,
  A30_AGRICULTURE,
  A30_HUYE,
  HABIMANA_MEETING,
  loadManySources,
  MINISTERS_MEETING,
  RELATION,
  VISIT,
  type ManySourcesApi,
} from './many-sources-fixtures';

/**
 * The GraphQL API over the six articles of tests/fixtures/many-sources loaded together: sources
 * and corroboration, claims and status history, conflicts, and people who share a surname.
 * Answers as of a day and corroboration as a filter and an order: many-sources-as-of.int.test.ts.
 */
describe('GraphQL over many sources (tests/fixtures/many-sources)', () => {
  let fixture: ManySourcesApi;
  const query = (text: string, variables: Record<string, unknown> = {}) => fixture.query(text, variables);

  beforeAll(async () => {
    fixture = await loadManySources();
  });

  afterAll(() => fixture.database.close());

  describe('sources and corroboration', () => {
    const participations = `query($id: ID!) { node(id: $id) { ... on Event { participants {
      role actor { id }
      evidence { basis corroboration firstReported
        sources { id outlet publishedOn }
        spans { text start end article { id } sentence { id } } }
    } } } }`;
    const participation = async (actor: string, role: string) => {
      const data = await query(participations, { id: VISIT });
      return data['node'].participants.find(
        (p: { role: string; actor: { id: string } }) => p.role === role && p.actor.id === actor,
      );
    };

    it('when the host of the occurred visit is asked for, then two outlets state it, listed in publication order with their words', async () => {
      const host = await participation('person:yvette-mukankusi', 'host');
      expect(host.evidence).toEqual({
        basis: 'ARTICLE',
        corroboration: 2,
        firstReported: '2025-05-25',
        sources: [
          { id: A25, outlet: 'Outlet One', publishedOn: '2025-05-25' },
          { id: A28, outlet: 'Outlet Two', publishedOn: '2025-05-28' },
        ],
        spans: [
          {
            text: 'azakirwa na mugenzi we, Minisitiri w’Ububanyi n’Amahanga n’Ubutwererane w’u Rwanda, Yvette Uwase Mukankusi',
            start: 269,
            end: 375,
            article: { id: A25 },
            sentence: { id: `${A25}#s2` },
          },
          {
            text: 'yakirwa na Minisitiri w’Ububanyi n’Amahanga n’Ubutwererane w’u Rwanda, Yvette Mukankusi',
            start: 87,
            end: 174,
            article: { id: A28 },
            sentence: { id: `${A28}#s1` },
          },
        ],
      });
    });

    it('when the visitor of the visit is asked for, then the three reports of it are three outlets', async () => {
      const visitor = await participation('person:kwabena-asante-mensah', 'visitor');
      expect(visitor.evidence.corroboration).toBe(3);
      expect(visitor.evidence.sources.map((source: { id: string }) => source.id)).toEqual([A25, A28, A29]);
    });

    it('when a fact is stated by two articles of one outlet, then that outlet counts once', async () => {
      const data =
        await query(`{ relations(first: 100, filter: { types: ["HOLDS_POSITION"], node: "person:kwabena-asante-mensah" }) {
        edges { node { target { id } evidence { corroboration sources { id outlet } } } } } }`);
      const [held] = data['relations'].edges;
      expect(held.node.target.id).toBe('position:ghana-minister-of-foreign-affairs');
      // Six articles, five outlets: Outlet One published two of them.
      expect(held.node.evidence.sources.map((source: { id: string }) => source.id)).toEqual([
        A25,
        A28,
        A29,
        A30_AGRICULTURE,
        A30_HUYE,
        A0603,
      ]);
      expect(held.node.evidence.corroboration).toBe(5);
    });

    it('when articles are listed, then each gives its outlet and date, and names what it does not give', async () => {
      const data = await query(
        `{ articles { id publishedOn outlet author url unknownMetadata unrecordedMetadata } }`,
      );
      expect(data['articles']).toHaveLength(6);
      expect(data['articles'].find((article: { id: string }) => article.id === A25)).toEqual({
        id: A25,
        publishedOn: '2025-05-25',
        outlet: 'Outlet One',
        author: null,
        url: null,
        unknownMetadata: ['author', 'url'],
        unrecordedMetadata: [],
      });
    });
  });

  describe('claims and status history', () => {
    it('when the visit’s status history is asked for, then it is planned as of 25 May and occurred as of 28 and 29 May', async () => {
      const data = await query(`{ node(id: "${VISIT}") { ... on Event {
        status
        statusHistory { property value status publishedOn article { id } words { text } subject { id } }
      } } }`);
      expect(data['node'].status).toBe('OCCURRED');
      expect(data['node'].statusHistory).toEqual([
        {
          property: 'STATUS',
          value: 'planned',
          status: 'PLANNED',
          publishedOn: '2025-05-25',
          article: { id: A25 },
          words: [{ text: 'ategerejwe' }, { text: 'azakirwa na' }],
          subject: { id: VISIT },
        },
        {
          property: 'STATUS',
          value: 'occurred',
          status: 'OCCURRED',
          publishedOn: '2025-05-28',
          article: { id: A28 },
          words: [{ text: 'yageze i Kigali ejo' }, { text: 'yakirwa na' }],
          subject: { id: VISIT },
        },
        {
          property: 'STATUS',
          value: 'occurred',
          status: 'OCCURRED',
          publishedOn: '2025-05-29',
          article: { id: A29 },
          words: [{ text: 'arrived in Kigali' }],
          subject: { id: VISIT },
        },
      ]);
    });

    it('when the planned meeting with the minister of agriculture is asked for, then its history goes from planned to occurred', async () => {
      const data = await query(`{ node(id: "${HABIMANA_MEETING}") { ... on Event {
        statusHistory { value publishedOn article { id } }
      } } }`);
      expect(data['node'].statusHistory).toEqual([
        { value: 'planned', publishedOn: '2025-05-28', article: { id: A28 } },
        { value: 'occurred', publishedOn: '2025-05-30', article: { id: A30_AGRICULTURE } },
      ]);
    });

    it('when every claim about the visit is asked for, then each article’s status and time are there, time with its precision', async () => {
      const data = await query(`{ node(id: "${VISIT}") { ... on Event {
        claims { property value precision yearInferred article { id } }
      } } }`);
      const times = data['node'].claims.filter((claim: { property: string }) => claim.property === 'TIME');
      expect(times).toEqual([
        {
          property: 'TIME',
          value: '2025-05-28/2025-05-29',
          precision: 'day',
          yearInferred: false,
          article: { id: A25 },
        },
        {
          property: 'TIME',
          value: '2025-05-27/2025-05-29',
          precision: 'day',
          yearInferred: false,
          article: { id: A28 },
        },
        {
          property: 'TIME',
          value: '2025-05-27/2025-05-29',
          precision: 'day',
          yearInferred: false,
          article: { id: A29 },
        },
      ]);
      expect(data['node'].claims).toHaveLength(6);
    });

    it('when the relation’s claims are asked for, then each article’s start of relations is there in publication order', async () => {
      const data = await query(`{ node(id: "${RELATION}") { ... on BilateralRelation {
        claims { property value publishedOn article { id } }
      } } }`);
      expect(data['node'].claims).toEqual([
        { property: 'SINCE', value: '2009', publishedOn: '2025-05-25', article: { id: A25 } },
        { property: 'SINCE', value: '2011', publishedOn: '2025-05-30', article: { id: A30_HUYE } },
        { property: 'SINCE', value: '2009', publishedOn: '2025-06-03', article: { id: A0603 } },
      ]);
    });
  });

  describe('conflicts', () => {
    const conflictFields = `id property kind subject { id } values { value sources node { id name } }
      claims { value article { id } }`;

    it('when the visit’s conflicts are asked for, then both times are kept with the articles that give them', async () => {
      const data = await query(
        `{ node(id: "${VISIT}") { ... on Event { conflicts { ${conflictFields} } } } }`,
      );
      expect(data['node'].conflicts).toEqual([
        {
          id: `conflict:time:${VISIT}`,
          property: 'TIME',
          kind: 'BETWEEN_SOURCES',
          subject: { id: VISIT },
          values: [
            { value: '2025-05-27/2025-05-29', sources: [A29, A28], node: null },
            { value: '2025-05-28/2025-05-29', sources: [A25], node: null },
          ],
          claims: [
            { value: '2025-05-28/2025-05-29', article: { id: A25 } },
            { value: '2025-05-27/2025-05-29', article: { id: A28 } },
            { value: '2025-05-27/2025-05-29', article: { id: A29 } },
          ],
        },
      ]);
    });

    it('when the relation’s conflicts are asked for, then its start (2009 or 2011) and its events’ conflicts are listed', async () => {
      const data = await query(`{ bilateralRelation(countryA: "country:rwanda", countryB: "country:ghana") {
        since { value }
        conflicts { ${conflictFields} }
      } }`);
      const relation = data['bilateralRelation'];
      expect(relation.since).toEqual({ value: '2009' });
      expect(relation.conflicts.map((conflict: { id: string }) => conflict.id)).toEqual([
        `conflict:place:${MINISTERS_MEETING}`,
        `conflict:since:${RELATION}`,
        'conflict:time:event:2009-ghana-rwanda-diplomatic-relations-established',
        `conflict:time:${VISIT}`,
      ]);
      const since = relation.conflicts.find(
        (conflict: { property: string }) => conflict.property === 'SINCE',
      );
      expect(since.values).toEqual([
        { value: '2009', sources: [A0603, A25], node: null },
        { value: '2011', sources: [A30_HUYE], node: null },
      ]);
      expect(since.claims.map((claim: { value: string }) => claim.value)).toEqual(['2009', '2011', '2009']);
    });

    it('when the ministers’ meeting’s conflicts are asked for, then Kigali and Huye are both kept, each with its article', async () => {
      const data = await query(`{ node(id: "${MINISTERS_MEETING}") { ... on Event {
        places { node { id } evidence { sources { id } } }
        conflicts { ${conflictFields} }
      } } }`);
      expect(data['node'].conflicts).toEqual([
        {
          id: `conflict:place:${MINISTERS_MEETING}`,
          property: 'PLACE',
          kind: 'BETWEEN_SOURCES',
          subject: { id: MINISTERS_MEETING },
          values: [
            { value: 'place:huye', sources: [A30_HUYE], node: { id: 'place:huye', name: 'Huye' } },
            { value: 'place:kigali', sources: [A29], node: { id: 'place:kigali', name: 'Kigali' } },
          ],
          // Places are facts, not claims.
          claims: [],
        },
      ]);
      expect(data['node'].places).toHaveLength(2);
    });

    it('when analysts list every conflict, then the list pages by id and filters by property', async () => {
      const all = await query(`{ conflicts(first: 10) { totalCount edges { node { id } } } }`);
      expect(all['conflicts'].totalCount).toBe(4);
      const first = await query(
        `{ conflicts(first: 3) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
      );
      const rest = await query(
        `query($after: String) { conflicts(first: 3, after: $after) { edges { node { id } } pageInfo { hasNextPage } } }`,
        {
          after: first['conflicts'].pageInfo.endCursor,
        },
      );
      expect([...first['conflicts'].edges, ...rest['conflicts'].edges]).toEqual(all['conflicts'].edges);
      expect(rest['conflicts'].pageInfo.hasNextPage).toBe(false);
      const times = await query(`{ conflicts(filter: { properties: [TIME] }) { totalCount } }`);
      expect(times['conflicts'].totalCount).toBe(2);
    });

    it('when a conflict is asked for by id, then node resolves it with its stored values', async () => {
      const data = await query(
        `{ node(id: "conflict:since:${RELATION}") { __typename ... on Conflict { values { value } } } }`,
      );
      expect(data['node']).toEqual({
        __typename: 'Conflict',
        values: [{ value: '2009' }, { value: '2011' }],
      });
    });
  });

  describe('people who share a surname', () => {
    it('when Habimana is searched, then the minister of agriculture and the ambassador are two people', async () => {
      const data = await query(`{ search(text: "Habimana", types: [PERSON]) { node { id name aliases
        ... on Person { positions { position { nameEn } } } } } }`);
      const people = data['search']
        .map(
          (hit: { node: { id: string; name: string; positions: { position: { nameEn: string } }[] } }) => ({
            id: hit.node.id,
            name: hit.node.name,
            positions: hit.node.positions.map((held) => held.position.nameEn),
          }),
        )
        .sort((a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id));
      expect(people).toEqual([
        {
          id: 'person:claudine-habimana',
          name: 'Claudine Habimana',
          positions: ['Ambassador of Rwanda to Ghana'],
        },
        {
          id: 'person:jean-paul-habimana',
          name: 'Jean-Paul Habimana',
          positions: ['Minister of Agriculture and Animal Resources of Rwanda'],
        },
      ]);
    });
  });

  describe('batching', () => {
    it('when claims, conflicts and sources are asked for across every event, then each level is one round trip', async () => {
      const nested = `{ events(first: 50) { edges { node {
        statusHistory { article { id } words { text } }
        conflicts { values { value } claims { id } subject { id } }
        participants { evidence { corroboration sources { outlet } spans { sentence { index } } } }
      } } } }`;
      fixture.database.reset();
      const data = await query(nested);
      expect(data['events'].edges.length).toBe(7);
      const count = (name: string) => fixture.database.units.filter((unit) => unit === name).length;
      expect(count('list-events')).toBe(1);
      expect(count('load-claims')).toBe(1);
      expect(count('load-claim-words')).toBe(1);
      expect(count('load-conflicts')).toBe(1);
      expect(count('load-conflict-claims')).toBe(1);
      expect(count('load-PARTICIPANT_IN:in')).toBe(1);
      expect(fixture.database.units.length).toBeLessThanOrEqual(10);
    });

    it('when events are read as of a day, then the claims of every event come in one round trip', async () => {
      fixture.database.reset();
      await query(
        `{ events(first: 50, asOf: "2025-05-31") { edges { node { status time { value } statusWords { text } } } } }`,
      );
      expect(fixture.database.units.filter((unit) => unit === 'load-latest-claims@2025-05-31')).toHaveLength(
        1,
      );
      expect(fixture.database.units.length).toBeLessThanOrEqual(3);
    });
  });
});
