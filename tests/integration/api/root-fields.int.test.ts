import {
  loadedCountingDatabase,
  dataOf,
  errorCodes,
  testApi,
  type CountingDatabase,
  type TestApi,
} from '../../support/api';
import { SEED_ARTICLE_ID } from '../../support/article';

describe('GraphQL root fields over the loaded article', () => {
  let database: CountingDatabase;
  let api: TestApi;

  beforeAll(async () => {
    database = await loadedCountingDatabase();
    api = testApi(database);
  });

  afterAll(() => database.close());

  describe('node and nodes', () => {
    it('when asked for a node by id, then it resolves to its type with its facts', async () => {
      const data = dataOf(
        await api.query(`{ node(id: "person:murat-nurtleu") {
          __typename id
          ... on Person { name aliases positions { position { nameEn } evidence { basis sentences { index } } } }
        } }`),
      );
      expect(data['node']).toEqual({
        __typename: 'Person',
        id: 'person:murat-nurtleu',
        name: 'Murat Nurtleu',
        aliases: ['Murat Nurtleu', 'Nurtleu'],
        positions: [
          {
            position: { nameEn: 'Deputy Prime Minister of Kazakhstan' },
            evidence: { basis: 'ARTICLE', sentences: [{ index: 1 }, { index: 2 }] },
          },
          {
            position: { nameEn: 'Minister of Foreign Affairs of Kazakhstan' },
            evidence: { basis: 'ARTICLE', sentences: [{ index: 1 }, { index: 2 }] },
          },
        ],
      });
    });

    it('when ids of several kinds are asked together, then each comes back in order, null for the unknown', async () => {
      const data = dataOf(
        await api.query(`query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`, {
          ids: [
            `${SEED_ARTICLE_ID}#s3`,
            'country:rwanda',
            'nothing:here',
            SEED_ARTICLE_ID,
            'initiative:astana-hub',
          ],
        }),
      );
      expect(data['nodes']).toEqual([
        { __typename: 'Sentence', id: `${SEED_ARTICLE_ID}#s3` },
        { __typename: 'Country', id: 'country:rwanda' },
        null,
        { __typename: 'Article', id: SEED_ARTICLE_ID },
        { __typename: 'Initiative', id: 'initiative:astana-hub' },
      ]);
    });

    it('when a single node id is unknown, then the error is NOT_FOUND', async () => {
      const response = await api.query(`{ node(id: "person:nobody") { id } }`);
      expect(response.body.data?.['node']).toBeNull();
      expect(errorCodes(response)).toEqual(['NOT_FOUND']);
      expect(response.body.errors?.[0]?.message).toBe('No node has the id "person:nobody"');
    });
  });

  describe('events', () => {
    const eventIds = async (args: string) =>
      (
        dataOf(await api.query(`{ events(${args}) { edges { node { id } } } }`))['events'].edges as {
          node: { id: string };
        }[]
      ).map((edge) => edge.node.id);

    it('when filtered by status, country, sector and date range, then only matching events come back', async () => {
      expect(await eventIds('filter: { status: [PLANNED] }')).toEqual([
        'event:2025-05-kagame-visit-kazakhstan',
      ]);
      expect(await eventIds('filter: { status: [ONGOING] }')).toEqual(['event:bilateral-talks-ongoing']);
      expect(await eventIds('filter: { sector: "sector:economy" }')).toEqual([
        'event:2023-06-trade-opportunities-exploration',
        'event:2024-12-kagame-tokayev-meeting-cop29',
        'event:2025-05-26-foreign-ministers-meeting-astana',
      ]);
      expect(await eventIds('filter: { from: "2024-01-01", to: "2024-12-31" }')).toEqual([
        'event:2024-12-kagame-tokayev-meeting-cop29',
      ]);
      expect(await eventIds('filter: { country: "country:turkiye" }')).toEqual([]);
      expect((await eventIds('filter: { country: "country:kazakhstan" }')).length).toBe(6);
      expect(
        await eventIds('filter: { kinds: ["visit", "ministerial_meeting"] }, orderBy: TIME_DESC'),
      ).toEqual([
        'event:2025-05-kagame-visit-kazakhstan',
        'event:2025-05-26-foreign-ministers-meeting-astana',
      ]);
    });

    it('when paged two at a time, then the pages join up into the whole ordered list with no gap or repeat', async () => {
      const all = await eventIds('first: 50');
      const seen: string[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 10; pages++) {
        const response = await api.query(
          `query($after: String) { events(first: 2, after: $after) { totalCount edges { node { id } cursor } pageInfo { hasNextPage endCursor } } }`,
          { after },
        );
        const events = dataOf(response)['events'];
        expect(events.totalCount).toBe(all.length);
        seen.push(...events.edges.map((edge: { node: { id: string } }) => edge.node.id));
        if (!events.pageInfo.hasNextPage) break;
        after = events.pageInfo.endCursor;
      }
      expect(seen).toEqual(all);
      expect(all).toHaveLength(7);
      expect(all.at(-1)).toBe('event:cop29'); // undated events sort last
    });

    it('when an event is added before the cursor, then the next page is unchanged (keyset, not offset)', async () => {
      const first = dataOf(await api.query(`{ events(first: 2) { pageInfo { endCursor } } }`))['events']
        .pageInfo.endCursor;
      const next = async () =>
        dataOf(
          await api.query(`query($a: String) { events(first: 2, after: $a) { edges { node { id } } } }`, {
            a: first,
          }),
        )['events'].edges;
      const before = await next();
      await database.write({ name: 'test-add-event' }, (tx) =>
        tx.run(
          `CREATE (:Entity:Event {id: 'event:test-early', name: 'x', kind: 'bilateral_talks', status: 'occurred', timeStart: date('2001-01-01'), timeEnd: date('2001-12-31')})`,
        ),
      );
      try {
        expect(await next()).toEqual(before);
      } finally {
        await database.write({ name: 'test-remove-event' }, (tx) =>
          tx.run(`MATCH (e:Event {id: 'event:test-early'}) DELETE e`),
        );
      }
    });

    it('when totalCount is not selected, then no count query runs', async () => {
      database.reset();
      dataOf(await api.query(`{ events(first: 3) { edges { node { id } } } }`));
      expect(database.units).toEqual(['list-events']);
      database.reset();
      dataOf(await api.query(`{ events(first: 3) { totalCount } }`));
      expect(database.units).toEqual(['list-events', 'count-events']);
    });
  });

  describe('entities and relations', () => {
    it('when entities are filtered by type and paged, then they come sorted by name across pages', async () => {
      const page = async (after: string | null) =>
        dataOf(
          await api.query(
            `query($after: String) { entities(first: 3, after: $after, filter: { types: [COUNTRY, PERSON] }) {
               totalCount edges { node { __typename name } } pageInfo { hasNextPage endCursor } } }`,
            { after },
          ),
        )['entities'];
      const one = await page(null);
      const two = await page(one.pageInfo.endCursor);
      const three = await page(two.pageInfo.endCursor);
      expect(one.totalCount).toBe(7);
      expect(
        [...one.edges, ...two.edges, ...three.edges].map(
          (edge: { node: { name: string } }) => edge.node.name,
        ),
      ).toEqual([
        'Kassym-Jomart Tokayev',
        'Kazakhstan',
        'Murat Nurtleu',
        'Olivier Nduhungirehe',
        'Paul Kagame',
        'Rwanda',
        'Türkiye',
      ]);
      expect(three.pageInfo.hasNextPage).toBe(false);
    });

    it('when entities are filtered by country, then only those tied to it by a fact come back', async () => {
      const data = dataOf(
        await api.query(
          `{ entities(first: 50, filter: { country: "country:turkiye" }) { edges { node { id } } } }`,
        ),
      );
      expect(data['entities'].edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([
        'org:rwanda-embassy-turkiye',
      ]);
    });

    it('when relations are filtered by type, node and basis, then each edge comes with its evidence', async () => {
      const data = dataOf(
        await api.query(`{
          background: relations(filter: { basis: BACKGROUND }) { totalCount edges { node { type source { id } target { id } evidence { basis source sentences { index } } } } }
          kagame: relations(filter: { node: "person:paul-kagame", types: ["PARTICIPANT_IN"] }) { edges { node { properties target { id } evidence { sentences { index } } } } }
        }`),
      );
      expect(data['background'].totalCount).toBe(3);
      for (const edge of data['background'].edges) {
        expect(edge.node.evidence).toMatchObject({ basis: 'BACKGROUND', sentences: [] });
        expect(edge.node.evidence.source).toMatch(/general knowledge/);
      }
      expect(
        data['kagame'].edges.map((edge: any) => [
          edge.node.target.id,
          edge.node.properties.role,
          edge.node.evidence.sentences,
        ]),
      ).toEqual([
        ['event:2024-12-kagame-tokayev-meeting-cop29', 'participant', [{ index: 15 }]],
        ['event:2025-05-kagame-visit-kazakhstan', 'visitor', [{ index: 1 }]],
      ]);
    });
  });

  describe('search', () => {
    const search = async (text: string, extra = '') =>
      api.query(`query($text: String!) { search(text: $text${extra}) { score node { id } } }`, { text });

    it('when searching in Kinyarwanda, English or without diacritics, then the right entities come first', async () => {
      expect(dataOf(await search('Ububanyi'))['search'][0].node.id).toMatch(
        /ministry-of-foreign-affairs|minister-of-foreign-affairs/,
      );
      expect(dataOf(await search('defence industry'))['search'][0].node.id).toBe('sector:defence-industry');
      expect(dataOf(await search('Turkiye'))['search'][0].node.id).toBe('country:turkiye');
      expect(dataOf(await search('Gicurasi', ', types: [PERSON]'))['search']).toEqual([]);
      const people = dataOf(await search('Kagame', ', types: [PERSON], first: 1'))['search'];
      expect(people).toEqual([{ score: expect.any(Number), node: { id: 'person:paul-kagame' } }]);
    });

    it.each([
      '"Astana',
      'Astana~',
      '*',
      'Astana Hub)',
      '[Smart',
      'AND',
      'Smart && Rwanda || !',
      'w’Ububanyi n’Amahanga',
      'a:b/c\\',
    ])(
      'when the text is %j, then it is searched as plain words, not parsed as query syntax',
      async (text) => {
        const response = await search(text);
        expect(response.body.errors).toBeUndefined();
        expect(Array.isArray(response.body.data?.['search'])).toBe(true);
      },
    );

    it('when the text is only symbols, then nothing matches; when it is empty, the error is BAD_USER_INPUT', async () => {
      expect(dataOf(await search(' ~ * '))['search']).toEqual([]);
      const response = await search('   ');
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.body.errors?.[0]?.message).toBe('text must not be empty');
    });
  });

  describe('the bilateral view', () => {
    const view = `query($a: ID!, $b: ID!) { bilateralRelation(countryA: $a, countryB: $b) {
      id countries { id } since { value precision text establishedBy { id } }
      timeline { id status time { value precision yearInferred } }
      sectors { subject { id } eventCount }
      initiatives { subject { id } eventCount }
      people { person { id } roles events { id } }
      agreements { id state negotiationLevels parties { node { id } } }
    } }`;

    it('when asked in either country order, then the same relation comes back in full', async () => {
      const one = dataOf(await api.query(view, { a: 'country:rwanda', b: 'country:kazakhstan' }))[
        'bilateralRelation'
      ];
      const two = dataOf(await api.query(view, { a: 'country:kazakhstan', b: 'country:rwanda' }))[
        'bilateralRelation'
      ];
      expect(two).toEqual(one);
      expect(one.id).toBe('relation:kazakhstan--rwanda');
      expect(one.since).toEqual({
        value: '2012',
        precision: 'year',
        text: 'mu mwaka wa 2012',
        establishedBy: { id: 'event:2012-diplomatic-relations-established' },
      });
      expect(one.timeline.map((event: any) => event.status)).toEqual([
        'OCCURRED',
        'OCCURRED',
        'OCCURRED',
        'OCCURRED',
        'PLANNED',
        'ONGOING',
      ]);
      expect(one.timeline[4].time).toEqual({
        value: '2025-05-28/2025-05-29',
        precision: 'day',
        yearInferred: true,
      });
      expect(one.sectors[0]).toEqual({ subject: { id: 'sector:economy' }, eventCount: 3 });
      expect(one.initiatives.map((entry: any) => entry.subject.id).sort()).toEqual([
        'initiative:astana-hub',
        'initiative:kazakhstan-e-government',
        'initiative:smart-rwanda',
      ]);
      expect(one.people.find((entry: any) => entry.person.id === 'person:paul-kagame')).toEqual({
        person: { id: 'person:paul-kagame' },
        roles: expect.arrayContaining(['participant', 'visitor']),
        events: [
          { id: 'event:2024-12-kagame-tokayev-meeting-cop29' },
          { id: 'event:2025-05-kagame-visit-kazakhstan' },
        ],
      });
      expect(one.agreements).toEqual([
        {
          id: 'agreement:kazakhstan-rwanda-cooperation-agreements',
          state: 'UNDER_NEGOTIATION',
          negotiationLevels: ['embassy', 'ministry'],
          parties: [{ node: { id: 'country:kazakhstan' } }, { node: { id: 'country:rwanda' } }],
        },
      ]);
    });

    it('when two known countries have no relation, then it is null; when a country is unknown, NOT_FOUND', async () => {
      expect(
        dataOf(await api.query(view, { a: 'country:rwanda', b: 'country:turkiye' }))['bilateralRelation'],
      ).toBeNull();
      const unknown = await api.query(view, { a: 'country:rwanda', b: 'country:atlantis' });
      expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
      expect(unknown.body.errors?.[0]?.message).toBe('countryB: no country has the id "country:atlantis"');
      expect(errorCodes(await api.query(view, { a: 'country:rwanda', b: 'country:rwanda' }))).toEqual([
        'BAD_USER_INPUT',
      ]);
    });

    it('when the timeline is filtered by status, then only those events remain', async () => {
      const data = dataOf(
        await api.query(
          `{ bilateralRelation(countryA: "country:rwanda", countryB: "country:kazakhstan") { timeline(status: [PLANNED, ONGOING]) { id } } }`,
        ),
      );
      expect(data['bilateralRelation'].timeline).toEqual([
        { id: 'event:2025-05-kagame-visit-kazakhstan' },
        { id: 'event:bilateral-talks-ongoing' },
      ]);
    });
  });

  describe('graphs for drawing', () => {
    it('when a neighbourhood is asked, then nodes and edges are drawable and edges only join listed nodes', async () => {
      const data = dataOf(
        await api.query(`{ neighborhood(id: "initiative:astana-hub", depth: 2, limit: 100) {
          truncated nodes { id type displayName labels properties } edges { id type source target properties evidence { basis } } } }`),
      );
      const { nodes, edges, truncated } = data['neighborhood'];
      expect(truncated).toBe(false);
      expect(nodes[0]).toMatchObject({
        id: 'initiative:astana-hub',
        type: 'Initiative',
        displayName: 'Astana Hub',
      });
      expect(nodes[0].properties.kind).toBe('technology_park');
      const ids = new Set(nodes.map((node: { id: string }) => node.id));
      expect(ids.has('event:2025-05-26-foreign-ministers-meeting-astana')).toBe(true);
      expect(ids.has('place:east-asia')).toBe(true);
      for (const edge of edges) {
        expect(ids.has(edge.source)).toBe(true);
        expect(ids.has(edge.target)).toBe(true);
        expect(['ARTICLE', 'BACKGROUND']).toContain(edge.evidence.basis);
      }
      expect(new Set(edges.map((edge: { type: string }) => edge.type)).has('MENTIONED_IN')).toBe(false);
    });

    it('when the limit is smaller than the reach, then the subgraph is truncated at that many nodes', async () => {
      const data = dataOf(
        await api.query(
          `{ neighborhood(id: "country:rwanda", depth: 3, limit: 5) { truncated nodes { id } } }`,
        ),
      );
      expect(data['neighborhood'].nodes).toHaveLength(5);
      expect(data['neighborhood'].truncated).toBe(true);
    });

    it('when relationship types are given, then only those are followed', async () => {
      const data = dataOf(
        await api.query(
          `{ neighborhood(id: "person:murat-nurtleu", depth: 1, relationshipTypes: ["HOLDS_POSITION"]) { nodes { id } edges { type } } }`,
        ),
      );
      expect(data['neighborhood'].nodes.map((node: { id: string }) => node.id)).toEqual([
        'person:murat-nurtleu',
        'position:kazakhstan-deputy-prime-minister',
        'position:kazakhstan-minister-of-foreign-affairs',
      ]);
      expect(data['neighborhood'].edges.map((edge: { type: string }) => edge.type)).toEqual([
        'HOLDS_POSITION',
        'HOLDS_POSITION',
      ]);
    });

    it('when a path is asked, then its edges link its nodes in order and carry their sentences', async () => {
      const data = dataOf(
        await api.query(`{ shortestPath(from: "person:olivier-nduhungirehe", to: "country:turkiye", maxHops: 6) {
          nodes { id } edges { type source target evidence { basis sentences { index text } } } } }`),
      );
      const { nodes, edges } = data['shortestPath'];
      expect(nodes[0].id).toBe('person:olivier-nduhungirehe');
      expect(nodes.at(-1).id).toBe('country:turkiye');
      expect(edges).toHaveLength(nodes.length - 1);
      edges.forEach((edge: any, index: number) => {
        expect([edge.source, edge.target].sort()).toEqual([nodes[index].id, nodes[index + 1].id].sort());
        if (edge.evidence.basis === 'ARTICLE') expect(edge.evidence.sentences.length).toBeGreaterThan(0);
      });
    });

    it('when no path is within maxHops, then it is null; when an end is unknown, NOT_FOUND', async () => {
      expect(
        dataOf(
          await api.query(
            `{ shortestPath(from: "person:olivier-nduhungirehe", to: "country:turkiye", maxHops: 1) { nodes { id } } }`,
          ),
        )['shortestPath'],
      ).toBeNull();
      expect(
        errorCodes(
          await api.query(`{ shortestPath(from: "person:x", to: "country:turkiye") { nodes { id } } }`),
        ),
      ).toEqual(['NOT_FOUND']);
      expect(errorCodes(await api.query(`{ neighborhood(id: "person:x") { nodes { id } } }`))).toEqual([
        'NOT_FOUND',
      ]);
    });
  });

  describe('evidence, statistics, articles and status', () => {
    it('when a fact is returned, then its evidence gives sentence text, offsets and article', async () => {
      const data = dataOf(
        await api.query(`{ node(id: "event:2025-05-kagame-visit-kazakhstan") { ... on Event {
          status statusWords { text start end sentence { index } }
          time { text value precision yearInferred inference }
          cameo { code label }
          participants { role actor { id } evidence { basis sentences { index start end text article { id language offsetUnit } } } }
          statements { kind quote speaker { name } }
        } } }`),
      );
      const event = data['node'];
      expect(event.status).toBe('PLANNED');
      expect(event.statusWords).toEqual([
        { text: 'ategerejwe mu ruzinduko', start: 21, end: 44, sentence: { index: 1 } },
      ]);
      expect(event.time).toMatchObject({
        text: '28–29 Gicurasi',
        value: '2025-05-28/2025-05-29',
        precision: 'day',
        yearInferred: true,
      });
      expect(event.time.inference).toMatch(/December 2024/);
      expect(event.cameo).toEqual({ code: '042', label: 'Make a visit' });
      expect(event.participants[0].evidence.sentences[0]).toMatchObject({
        index: 1,
        start: 0,
        end: 298,
        article: { id: SEED_ARTICLE_ID, language: 'rw', offsetUnit: 'unicode_code_point' },
      });
      expect(event.statements.map((statement: any) => statement.kind).sort()).toEqual([
        'announcement',
        'direct_quote',
      ]);
      expect(event.statements.find((s: any) => s.kind === 'direct_quote').quote).toMatch(/^Tubona u Rwanda/);
    });

    it('when statistics are asked, then counts match the graph', async () => {
      const data = dataOf(
        await api.query(
          `{ statistics { nodesByLabel { key count } relationshipsByType { key count } eventsByYear { key count } eventsByKind { key count } sectorsByEvents { subject { id } eventCount } } }`,
        ),
      );
      const stats = data['statistics'];
      expect(stats.nodesByLabel).toContainEqual({ key: 'Sentence', count: 16 });
      expect(stats.nodesByLabel).toContainEqual({ key: 'Event', count: 7 });
      expect(stats.relationshipsByType).toContainEqual({ key: 'HAS_SENTENCE', count: 16 });
      expect(stats.eventsByYear).toEqual([
        { key: '2012', count: 1 },
        { key: '2023', count: 1 },
        { key: '2024', count: 1 },
        { key: '2025', count: 2 },
        { key: 'undated', count: 2 },
      ]);
      expect(stats.sectorsByEvents[0]).toEqual({ subject: { id: 'sector:economy' }, eventCount: 3 });
    });

    it('when articles and status are asked, then the article and its sentences and a reachable Neo4j come back', async () => {
      const data = dataOf(
        await api.query(
          `{ articles { id title unknownMetadata sentences { index } text } status { neo4jReachable database } }`,
        ),
      );
      expect(data['articles']).toHaveLength(1);
      expect(data['articles'][0]).toMatchObject({
        id: SEED_ARTICLE_ID,
        unknownMetadata: ['publishedOn', 'outlet', 'author', 'url'],
      });
      expect(data['articles'][0].sentences).toHaveLength(16);
      expect(Array.from(data['articles'][0].text as string)).toHaveLength(2548);
      expect(data['status']).toEqual({ neo4jReachable: true, database: 'neo4j' });
    });
  });
});
