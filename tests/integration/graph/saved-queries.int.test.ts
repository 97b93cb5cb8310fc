import type { PlainValue } from '../../../src/db/convert';
import type { Database } from '../../../src/db/database';
import {
  listSavedQueries,
  parseParameterValue,
  type SavedQuery,
} from '../../../src/graph/scripts/saved-queries';
import { loadSeedArticle, readRows } from '../../support/graph';
import { openTestDatabase } from '../../support/neo4j';

type Rows = Record<string, PlainValue>[];

/**
 * What a reader of the article expects each saved query to answer. Every saved query must have
 * an entry here: a new query without checks fails the last test.
 */
const expectations: Record<
  string,
  (rows: Rows, run: (params: Record<string, unknown>) => Promise<Rows>) => Promise<void> | void
> = {
  '01-relation-timeline': async (rows, run) => {
    expect(rows.map((r) => [r['eventId'], r['status'], r['time'], r['yearInferred']])).toEqual([
      ['event:2012-diplomatic-relations-established', 'occurred', '2012', false],
      ['event:2023-06-trade-opportunities-exploration', 'occurred', '2023-06', false],
      ['event:2024-12-kagame-tokayev-meeting-cop29', 'occurred', '2024-12', false],
      ['event:2025-05-26-foreign-ministers-meeting-astana', 'occurred', '2025-05-26', true],
      ['event:2025-05-kagame-visit-kazakhstan', 'planned', '2025-05-28/2025-05-29', true],
      ['event:bilateral-talks-ongoing', 'ongoing', null, false],
    ]);
    expect(rows[4]?.['timeAsWritten']).toBe('28–29 Gicurasi');
    expect(String(rows[0]?.['evidence'])).toContain('watangiye mu mwaka wa 2012');
    // Order of the two countries does not matter.
    expect(await run({ countryA: 'country:kazakhstan', countryB: 'country:rwanda' })).toEqual(rows);
  },
  '02-who-met-whom': (rows) => {
    const byEvent = Object.fromEntries(rows.map((r) => [String(r['eventId']), r]));
    expect(byEvent['event:2025-05-26-foreign-ministers-meeting-astana']).toMatchObject({
      people: ['Murat Nurtleu (participant)', 'Olivier Nduhungirehe (participant)'],
      places: ['Astana'],
      whenAsWritten: 'Ku wa 26 Gicurasi',
      status: 'occurred',
    });
    expect(String(byEvent['event:2025-05-26-foreign-ministers-meeting-astana']?.['evidence'])).toContain(
      'yahuye na',
    );
    expect(byEvent['event:2024-12-kagame-tokayev-meeting-cop29']).toMatchObject({
      people: ['Paul Kagame (participant)', 'Kassym-Jomart Tokayev (participant)'],
      when: '2024-12',
    });
    expect(byEvent['event:2025-05-kagame-visit-kazakhstan']).toMatchObject({
      people: ['Paul Kagame (visitor)'],
      places: ['Kazakhstan'],
      status: 'planned',
    });
  },
  '03-statements': (rows) => {
    const quote = rows.find((r) => r['kind'] === 'direct_quote');
    expect(quote).toMatchObject({ speaker: 'Murat Nurtleu', sentenceIndexes: [4, 5] });
    expect(String(quote?.['quote'])).toMatch(
      /^Tubona u Rwanda nk’igihugu cy’inshuti .* mu mubano w’u Rwanda na Kazakhstan\.$/,
    );
    const announcement = rows.find((r) => r['kind'] === 'announcement');
    expect(announcement).toMatchObject({
      speaker: 'Murat Nurtleu',
      cameo: '036',
      about: ['event:2025-05-kagame-visit-kazakhstan'],
    });
    expect(String((announcement?.['evidence'] as string[])[0])).toContain('nk’uko byatangajwe na');
    expect(rows.find((r) => r['kind'] === 'report')?.['speaker']).toBe('Embassy of Rwanda in Türkiye');
  },
  '04-planned-versus-done': (rows) => {
    expect(rows.filter((r) => r['status'] === 'planned').map((r) => r['eventId'])).toEqual([
      'event:2025-05-kagame-visit-kazakhstan',
    ]);
    expect(rows.filter((r) => r['status'] === 'ongoing').map((r) => r['statusWords'])).toEqual([
      ['birakomeje'],
    ]);
    expect(rows.filter((r) => r['status'] === 'occurred')).toHaveLength(5);
    expect(rows[0]?.['statusWords']).toEqual(['ategerejwe mu ruzinduko']);
  },
  '05-sectors-per-event': (rows) => {
    const meeting = rows.filter((r) => r['eventId'] === 'event:2025-05-26-foreign-ministers-meeting-astana');
    expect(meeting.filter((r) => r['kind'] === 'Sector').map((r) => r['discussed'])).toEqual([
      'culture',
      'defence industry',
      'economy',
      'humanitarian work',
      'politics',
      'technology',
      'trade',
      'transport',
    ]);
    expect(meeting.filter((r) => r['kind'] === 'Initiative').map((r) => r['discussed'])).toEqual(
      expect.arrayContaining(['Astana Hub', 'Smart Rwanda']),
    );
    const defence = meeting.find((r) => r['discussed'] === 'defence industry');
    expect(String(defence?.['evidence'])).toContain('inganda z’ubwirinzi');
    const cop29 = rows.filter((r) => r['eventId'] === 'event:2024-12-kagame-tokayev-meeting-cop29');
    expect(cop29.map((r) => r['discussed'])).toEqual(['economy']);
  },
  '06-positions-held': (rows) => {
    expect(rows.filter((r) => r['person'] === 'Murat Nurtleu').map((r) => r['position'])).toEqual([
      'Deputy Prime Minister of Kazakhstan',
      'Minister of Foreign Affairs of Kazakhstan',
    ]);
    const kagame = rows.find((r) => r['person'] === 'Paul Kagame');
    // The text says "Perezida Kagame": the office as written; whose it is is background.
    expect(kagame).toMatchObject({
      position: 'President',
      titleAsWritten: 'Perezida',
      of: 'Rwanda',
      ofBasis: 'background',
    });
    expect(String(kagame?.['evidence'])).toContain('Perezida Paul Kagame');
    expect(rows.find((r) => r['person'] === 'Olivier Nduhungirehe')?.['of']).toBe(
      'Ministry of Foreign Affairs and International Cooperation of Rwanda',
    );
  },
  '07-relations-since': (rows) => {
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ since: '2012', precision: 'year', sinceAsWritten: 'mu mwaka wa 2012' });
    expect(String(rows[0]?.['evidence'])).toMatch(
      /^Umubano wa dipolomasi hagati ya Kazakhstan n’u Rwanda watangiye/,
    );
  },
  '08-agreements': (rows) => {
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      state: 'under_negotiation',
      levels: ['embassy', 'ministry'],
      negotiatedIn: ['event:bilateral-talks-ongoing'],
    });
    expect((rows[0]?.['parties'] as string[]).sort()).toEqual(['Kazakhstan', 'Rwanda']);
    expect(String(rows[0]?.['evidence'])).toContain('ku rwego rw’ambasade no ku rwego rwa minisiteri');
  },
  '09-initiatives': async (rows, run) => {
    expect(rows[0]).toMatchObject({
      initiative: 'Astana Hub',
      kind: 'technology_park',
      locatedIn: [{ place: 'East Asia', basis: 'article' }],
      discussedAt: ['event:2025-05-26-foreign-ministers-meeting-astana'],
    });
    const [smartRwanda] = await run({ initiativeId: 'initiative:smart-rwanda' });
    expect(smartRwanda).toMatchObject({ initiative: 'Smart Rwanda', kind: 'government_programme' });
    expect(smartRwanda?.['belongsTo']).toEqual([
      { country: 'Rwanda', basis: 'background', source: expect.any(String) },
    ]);
    expect(String(smartRwanda?.['evidence'])).toContain('Umushinga wa Smart Rwanda');
  },
  '10-facts-with-evidence': (rows) => {
    expect(new Set(rows.map((r) => r['sentence']))).toEqual(
      new Set(Array.from({ length: 16 }, (_, i) => i + 1)),
    );
    expect(rows).toContainEqual(
      expect.objectContaining({
        subject: 'org:rwanda-embassy-turkiye',
        relation: 'ACCREDITED_TO',
        object: 'country:kazakhstan',
        sentence: 13,
      }),
    );
  },
  '11-shortest-path': (rows) => {
    expect(rows).toHaveLength(1);
    const nodes = rows[0]?.['nodes'] as string[];
    expect(nodes[0]).toBe('person:olivier-nduhungirehe');
    expect(nodes.at(-1)).toBe('person:kassym-jomart-tokayev');
    expect(rows[0]?.['hops']).toBe(nodes.length - 1);
    expect(rows[0]?.['relationships']).not.toContain('MENTIONED_IN');
  },
  '12-background-knowledge': (rows) => {
    expect(rows.map((r) => `${r['subject']} ${r['relation']} ${r['object']}`)).toEqual([
      'initiative:smart-rwanda BELONGS_TO country:rwanda',
      'place:astana LOCATED_IN country:kazakhstan',
      'position:president-paul-kagame POSITION_OF country:rwanda',
    ]);
  },
  '13-commitments': (rows) => {
    expect(rows).toHaveLength(5);
    for (const row of rows) {
      expect((row['by'] as string[]).sort()).toEqual(['Kazakhstan', 'Rwanda']);
      expect(row['madeAt']).toEqual(['event:2025-05-26-foreign-ministers-meeting-astana']);
    }
    expect(
      String(rows.find((r) => r['commitment'] === 'commitment:implement-agreements')?.['evidence']),
    ).toContain('gushyira mu bikorwa ibyemeranyijweho');
  },
  '14-mentions': (rows) => {
    expect(rows.map((r) => r['sentence'])).toEqual([1, 1, 2, 5, 8, 11, 13, 15]);
    expect(rows.every((r) => r['asWritten'] === 'Kazakhstan')).toBe(true);
    expect(rows[0]).toMatchObject({ start: 50, end: 60 });
  },
  '15-search-names': (rows) => {
    expect(rows.map((r) => r['id'])).toEqual(
      expect.arrayContaining(['place:astana', 'initiative:astana-hub']),
    );
    expect(rows[0]?.['id']).toBe('place:astana');
  },
  // Graph variants: paths for Neo4j Browser and Bloom to draw; readRows gives a path as its segments.
  '01-relation-timeline-graph': (rows) => {
    const types = (value: PlainValue | undefined) =>
      (value as { segments: { type: string }[] }).segments.map((segment) => segment.type);
    expect(rows).toHaveLength(6);
    for (const row of rows) {
      expect(types(row['parties'])).toEqual(['PARTY_TO', 'PARTY_TO']);
      expect(types(row['timeline'])).toEqual(['INCLUDES_EVENT']);
    }
    const events = rows.map(
      (row) => (row['timeline'] as { segments: { endElementId: string }[] }).segments[0]?.endElementId,
    );
    expect(new Set(events).size).toBe(6);
  },
  '02-who-met-whom-graph': (rows) => {
    const segments = (value: PlainValue | undefined) =>
      (value as { segments: { type: string; properties: Record<string, PlainValue> }[] } | null)?.segments ??
      [];
    expect(
      rows.map((row) => segments(row['met']).map((s) => `${s.type} ${String(s.properties['role'])}`)),
    ).toEqual(expect.arrayContaining([['PARTICIPANT_IN participant'], ['PARTICIPANT_IN visitor']]));
    expect(rows).toHaveLength(5);
    expect(
      rows.filter(
        (row) =>
          segments(row['held'])
            .map((s) => s.type)
            .join() === 'HELD_IN',
      ),
    ).toHaveLength(3);
  },
  '11-shortest-path-graph': (rows) => {
    expect(rows).toHaveLength(1);
    const segments = (
      rows[0]?.['path'] as {
        segments: {
          type: string;
          startElementId: string;
          endElementId: string;
          properties: Record<string, PlainValue>;
        }[];
      }
    ).segments;
    // The same length as 11-shortest-path's hops, and only facts (every step has a basis).
    expect(segments).toHaveLength(4);
    expect(segments.every((segment) => segment.properties['basis'] !== undefined)).toBe(true);
    expect(segments.map((segment) => segment.type)).not.toContain('MENTIONED_IN');
  },
  // On the first article alone no source disagrees; tests/integration/graph/many-sources.int.test.ts
  // runs these four against articles that do.
  '16-conflicts': (rows) => {
    expect(rows).toEqual([]);
  },
  '17-status-history': (rows) => {
    expect(rows).toHaveLength(6);
    expect(new Set(rows.map((r) => r['status']))).toEqual(new Set(['planned', 'occurred', 'ongoing']));
    expect(rows.every((r) => r['asOf'] === null && r['article'] === 'rw-kz-2025-kagame-visit')).toBe(true);
  },
  '18-sources-and-corroboration': (rows) => {
    expect(rows.length).toBeGreaterThan(50);
    expect(rows.every((r) => r['corroboration'] === 1)).toBe(true);
    expect(rows.find((r) => r['relation'] === 'PARTICIPANT_IN')).toMatchObject({
      sources: ['rw-kz-2025-kagame-visit'],
      published: [''],
    });
  },
  '19-as-of': (rows) => {
    // The first article does not give its publication date: it cannot be placed in time.
    expect(rows).toEqual([]);
  },
};

describe('saved analyst queries against the loaded article', () => {
  let database: Database;
  const queries = listSavedQueries();

  beforeAll(async () => {
    database = openTestDatabase();
    await loadSeedArticle(database);
  });

  afterAll(() => database.close());

  const exampleParameters = (query: SavedQuery) =>
    Object.fromEntries(query.parameters.map((p) => [p.name, parseParameterValue(p.example)]));

  it.each(queries.map((query) => [query.name, query] as const))(
    '%s answers what its header says',
    async (name, query) => {
      const check = expectations[name];
      if (!check) throw new Error(`${name} has no expectations in this test`);
      const run = (params: Record<string, unknown>) => readRows(database, query.cypher, params);
      await check(await run(exampleParameters(query)), run);
    },
  );

  it('when a query file is added, then it must come with expectations here', () => {
    expect(queries.map((q) => q.name).sort()).toEqual(Object.keys(expectations).sort());
  });
});
