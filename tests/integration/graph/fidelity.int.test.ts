import type { Database } from '../../../src/db/database';
import { SEED_ARTICLE_ID } from '../../support/article';
import { loadSeedArticle, readRows } from '../../support/graph';
import { openTestDatabase } from '../../support/neo4j';
import { dataOf, testApi } from '../../support/api';

/** The first article's graph read against its text: each test is one fix of a careful reading. */
describe('fidelity of the first article graph to its text', () => {
  let database: Database;

  beforeAll(async () => {
    database = openTestDatabase();
    await loadSeedArticle(database);
  });
  afterAll(() => database.close());

  it('when the visit is read, then it is named as the text names it (uruzinduko, a visit), not a state visit', async () => {
    const [visit] = await readRows(
      database,
      `MATCH (e:Event)-[:MENTIONED_IN|STATED_IN]->(:Sentence {index: 1, articleId: $article})
       WHERE e.kind STARTS WITH 'visit' OR e.kind ENDS WITH 'visit'
       RETURN DISTINCT e.id AS id, e.kind AS kind, e.nameEn AS nameEn`,
      { article: SEED_ARTICLE_ID },
    );
    expect(visit).toEqual({
      id: 'event:2025-05-kagame-visit-kazakhstan',
      kind: 'visit',
      nameEn: 'President Kagame’s visit to Kazakhstan',
    });
    expect(SEED_ARTICLE_ID).not.toContain('state');
  });

  it('when a name comes from outside the text, then it is left out or labelled background with a source', async () => {
    const [president] = await readRows(
      database,
      `MATCH (:Person {id: 'person:paul-kagame'})-[:HOLDS_POSITION]->(p:Position)-[of:POSITION_OF]->(c)
       RETURN p.nameEn AS nameEn, p.title AS title, c.id AS of, of.basis AS basis, of.source IS NOT NULL AS sourced`,
    );
    expect(president).toEqual({
      nameEn: 'President',
      title: 'Perezida',
      of: 'country:rwanda',
      basis: 'background',
      sourced: true,
    });
    const [cop29] = await readRows(database, `MATCH (e:Event {id: 'event:cop29'}) RETURN e.nameEn AS nameEn`);
    expect(cop29).toEqual({ nameEn: 'COP29' });
  });

  it('when a span is linked to a sentence, then it lies inside that sentence, and a quote over two sentences says so', async () => {
    const outside = await readRows(
      database,
      `MATCH ()-[r:STATED_IN|MENTIONED_IN]->(s:Sentence) WHERE r.start < s.start OR r.end > s.end RETURN count(*) AS n`,
    );
    expect(outside).toEqual([{ n: 0 }]);
    const parts = await readRows(
      database,
      `MATCH (:Statement {kind: 'direct_quote'})-[r:STATED_IN {aspect: 'quote'}]->(s:Sentence)
       RETURN s.index AS sentence, r.start AS start, r.end AS end, r.spanStart AS spanStart, r.spanEnd AS spanEnd ORDER BY sentence`,
    );
    expect(parts).toEqual([
      { sentence: 4, start: 681, end: 777, spanStart: 681, spanEnd: 950 },
      { sentence: 5, start: 778, end: 950, spanStart: 681, spanEnd: 950 },
    ]);
  });

  it('when a fact is stated by the article, then it keeps the exact words, span by span', async () => {
    const [economy] = await readRows(
      database,
      `MATCH (:Event {id: 'event:2024-12-kagame-tokayev-meeting-cop29'})-[r:DISCUSSED]->(:Sector {id: 'sector:economy'})
       RETURN r.spanTexts AS words, r.spanStarts AS starts`,
    );
    expect(String((economy!['words'] as string[])[0])).toContain('bwungura impande zombi');
    const uneven = await readRows(
      database,
      `MATCH ()-[r]->() WHERE r.basis = 'article'
       AND NOT (size(r.spanTexts) > 0 AND size(r.spanTexts) = size(r.spanStarts) AND size(r.spanStarts) = size(r.spanEnds))
       RETURN count(*) AS n`,
    );
    expect(uneven).toEqual([{ n: 0 }]);
  });

  it('when the meeting in Astana is read, then what was discussed, focused on, built on and gone through stay apart', async () => {
    const rows = await readRows(
      database,
      `MATCH (:Event {id: 'event:2025-05-26-foreign-ministers-meeting-astana'})-[r:DISCUSSED]->(x)
       RETURN x.id AS subject, r.role AS role ORDER BY subject, role`,
    );
    const role = (id: string) => rows.filter((row) => row['subject'] === id).map((row) => row['role']);
    expect(role('sector:trade')).toEqual(['focus']);
    expect(role('sector:politics')).toEqual(['subject']);
    expect(role('sector:technology')).toEqual(['focus', 'subject']);
    expect(role('initiative:astana-hub')).toEqual(['channel']);
    expect(role('initiative:smart-rwanda')).toEqual(['basis']);
    const api = testApi(database);
    const data = dataOf(
      await api.query(`{ node(id: "event:2025-05-26-foreign-ministers-meeting-astana") { ... on Event {
        topics { role subject { id } } participants { role implied actor { id } } } } }`),
    );
    expect(data['node'].topics).toEqual(
      expect.arrayContaining([{ role: 'channel', subject: { id: 'initiative:astana-hub' } }]),
    );
    expect(data['node'].participants).toEqual(
      expect.arrayContaining([
        { role: 'participant', implied: false, actor: { id: 'person:murat-nurtleu' } },
        { role: 'party', implied: true, actor: { id: 'country:kazakhstan' } },
      ]),
    );
  });

  it('when participants are read, then those the text only implies are marked, and those it states are not', async () => {
    const rows = await readRows(
      database,
      `MATCH (a)-[r:PARTICIPANT_IN]->(e:Event)
       RETURN e.id AS event, a.id AS actor, r.role AS role, coalesce(r.implied, false) AS implied ORDER BY event, actor`,
    );
    const implied = rows
      .filter((row) => row['implied'])
      .map((row) => `${row['event']} ${row['actor']} ${row['role']}`);
    expect(implied).toEqual([
      'event:2025-05-26-foreign-ministers-meeting-astana country:kazakhstan party',
      'event:2025-05-26-foreign-ministers-meeting-astana country:rwanda party',
      'event:2025-05-kagame-visit-kazakhstan country:kazakhstan host',
    ]);
    expect(
      rows.find((row) => row['actor'] === 'person:paul-kagame' && row['role'] === 'visitor')?.['implied'],
    ).toBe(false);
  });
});
