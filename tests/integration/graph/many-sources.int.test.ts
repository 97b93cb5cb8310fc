import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import type { Database } from '../../../src/db/database';
import { loadArticles } from '../../../src/ingest/load-articles';
import { LoadRefusedError } from '../../../src/ingest/problems';
import { findArticleFolders } from '../../../src/ingest/prepare-article';
import { listSavedQueries } from '../../../src/graph/scripts/saved-queries';
import { PROJECT_ROOT } from '../../../src/project-root';
import { emptyDatabase, readRows, snapshotGraph } from '../../support/graph';
import { openTestDatabase } from '../../support/neo4j';
import { copyOfSeedArticle } from '../../support/article';

const SET = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'many-sources');
const FOLDERS = findArticleFolders(SET);
const expected = parse(fs.readFileSync(path.join(SET, 'expected.yaml'), 'utf8')) as {
  same: string[][];
  different: string[][];
};

/** The visit that is planned in one report and has happened in later ones. */
const VISIT = 'rw-gh-2025-05-25-visit-expected#event:2025-05-28-asante-mensah-visit-kigali';

/** A copy of one article folder of the set, to change without touching the fixture. */
function copyOf(articleId: string): string {
  const target = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'many-sources-')), articleId);
  fs.cpSync(path.join(SET, articleId), target, { recursive: true });
  return target;
}

/** Where each `<article>#<local id>` of the set went: the entity its article's RESOLVES names. */
async function resolved(database: Database): Promise<Map<string, string>> {
  const rows = await readRows(
    database,
    'MATCH (a:Article)-[r:RESOLVES]->(e:Entity) RETURN a.id + "#" + r.localId AS ref, e.id AS id',
  );
  return new Map(rows.map((row) => [String(row['ref']), String(row['id'])]));
}

describe('many articles, one graph', () => {
  let database: Database;

  beforeAll(() => {
    database = openTestDatabase();
  });
  afterAll(() => database.close());

  it('when the articles are loaded in different orders, one by one or together, then the graph is the same', async () => {
    const orders = [
      [FOLDERS],
      FOLDERS.map((folder) => [folder]),
      [...FOLDERS].reverse().map((folder) => [folder]),
      [[FOLDERS[3]!, FOLDERS[0]!], [FOLDERS[5]!], [FOLDERS[1]!, FOLDERS[4]!, FOLDERS[2]!]],
      [
        [FOLDERS[2]!, FOLDERS[5]!, FOLDERS[1]!],
        [FOLDERS[0]!, FOLDERS[3]!, FOLDERS[4]!],
      ],
    ];
    const snapshots = [];
    for (const order of orders) {
      await emptyDatabase(database);
      for (const batch of order) await loadArticles(database, batch);
      snapshots.push(await snapshotGraph(database));
    }
    for (const snapshot of snapshots.slice(1)) expect(snapshot).toEqual(snapshots[0]);
  });

  it('when resolved, then every group the analyst expects is one entity, and every pair kept apart stays two', async () => {
    const where = await resolved(database);
    for (const group of expected.same) {
      const ids = new Set(group.map((ref) => where.get(ref)));
      expect({ group, ids: [...ids] }).toEqual({ group, ids: [where.get(group[0]!)] });
    }
    for (const [a, b] of expected.different) {
      expect({ a, b, same: where.get(a!) === where.get(b!) }).toEqual({ a, b, same: false });
    }
  });

  it('when a decision is recorded, then it says its rule and score', async () => {
    const [misspelt] = await readRows(
      database,
      `MATCH (:Article {id: 'en-rw-gh-2025-06-03-air-services-talks'})-[r:RESOLVES {localId: 'person:kwabena-asante-mensa'}]->(e)
       RETURN e.id AS id, r.rule AS rule, r.score AS score`,
    );
    expect(misspelt).toEqual({
      id: 'person:kwabena-asante-mensah',
      rule: 'spelling',
      score: expect.any(Number),
    });
    expect(misspelt!['score']).toBeGreaterThan(0.85);
  });

  it('when the visit is asked about, then its status history keeps every source with its date', async () => {
    const history = await readRows(
      database,
      `MATCH (e:Event)<-[:CLAIM_ABOUT]-(c:Claim {property: 'status'})
       WHERE e.id = $visit
       RETURN toString(c.publishedOn) AS asOf, c.value AS status, c.articleId AS article
       ORDER BY asOf, article`,
      {
        visit: (await resolved(database)).get(
          'rw-gh-2025-05-25-visit-expected#event:2025-05-28-asante-mensah-visit-kigali',
        ),
      },
    );
    expect(history.map((row) => [row['asOf'], row['status']])).toEqual([
      ['2025-05-25', 'planned'],
      ['2025-05-28', 'occurred'],
      ['2025-05-29', 'occurred'],
    ]);
  });

  it('when sources disagree on dates, a place or the start of relations, then both values are kept and flagged', async () => {
    const conflicts = await readRows(
      database,
      `MATCH (c:Conflict)-[:CONFLICT_ABOUT]->(e) RETURN c.property AS property, labels(e) AS labels, c.values AS values ORDER BY property, values[0]`,
    );
    expect(conflicts.map((row) => [row['property'], row['values']])).toEqual([
      ['place', ['place:huye', 'place:kigali']],
      ['since', ['2009', '2011']],
      ['time', ['2009', '2011']],
      ['time', ['2025-05-27/2025-05-29', '2025-05-28/2025-05-29']],
    ]);
  });

  it('when a fact is stated by two outlets, then it lists both sources and counts two independent ones', async () => {
    const rows = await readRows(
      database,
      `MATCH (:Person {id: 'person:kwabena-asante-mensah'})-[r:PARTICIPANT_IN {role: 'visitor'}]->(e:Event)
       WHERE e.kind = 'visit' RETURN r.sources AS sources, r.corroboration AS corroboration, size(r.spanTexts) AS spans`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!['corroboration']).toBeGreaterThanOrEqual(2);
    expect((rows[0]!['sources'] as string[]).length).toBeGreaterThanOrEqual(
      rows[0]!['corroboration'] as number,
    );
    expect(rows[0]!['spans']).toBeGreaterThanOrEqual(2);
  });

  it('when one article is loaded again with a changed extraction, then only its claims change', async () => {
    const articleId = 'rw-gh-2025-05-28-minister-arrived';
    const claimsOf = (id: string) =>
      readRows(
        database,
        'MATCH (c:Claim) WHERE c.articleId <> $id RETURN c.id AS id, c.value AS value ORDER BY id',
        { id },
      );
    const before = await claimsOf(articleId);
    const folder = copyOf(articleId);
    const file = path.join(folder, 'extraction.yaml');
    const extraction = parse(fs.readFileSync(file, 'utf8'));
    const visit = extraction.events.find((event: { kind: string }) => event.kind === 'visit');
    visit.status = 'ongoing';
    fs.writeFileSync(file, stringify(extraction));
    await loadArticles(database, [folder]);
    expect(await claimsOf(articleId)).toEqual(before);
    const [own] = await readRows(
      database,
      `MATCH (c:Claim {articleId: $id, property: 'status'})-[:CLAIM_ABOUT]->(:Event {kind: 'visit'}) RETURN c.value AS value`,
      { id: articleId },
    );
    expect(own).toEqual({ value: 'ongoing' });
    await loadArticles(database, [path.join(SET, articleId)]);
  });

  it('when an article id comes again with a different text, then it is refused unless --replace is given', async () => {
    const articleId = 'rw-gh-2025-05-30-agriculture-meeting';
    const folder = copyOf(articleId);
    const textFile = path.join(folder, 'article.rw.txt');
    fs.appendFileSync(textFile, 'Ibiganiro birakomeje.\n');
    const before = await snapshotGraph(database);
    await expect(loadArticles(database, [folder])).rejects.toThrow(
      `the graph holds article ${articleId} with a different text; load it with --replace to replace it`,
    );
    expect(await snapshotGraph(database)).toEqual(before);
    await loadArticles(database, [folder], { replace: true });
    const [stored] = await readRows(database, 'MATCH (a:Article {id: $id}) RETURN a.text AS text', {
      id: articleId,
    });
    expect(String(stored!['text'])).toContain('Ibiganiro birakomeje.');
    await loadArticles(database, [path.join(SET, articleId)], { replace: true });
  });

  it('when the overrides contradict each other, then the load is refused and nothing is written', async () => {
    const overrides = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'overrides-')), 'overrides.yaml');
    fs.writeFileSync(
      overrides,
      stringify({
        same: [['person:jean-paul-habimana', 'person:claudine-habimana']],
        different: [['person:jean-paul-habimana', 'person:claudine-habimana']],
      }),
    );
    const before = await snapshotGraph(database);
    await expect(loadArticles(database, FOLDERS, { overridesFile: overrides })).rejects.toThrow(
      LoadRefusedError,
    );
    expect(await snapshotGraph(database)).toEqual(before);
  });

  it('when an override says two people are the same, then it wins and the decision says so', async () => {
    const overrides = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'overrides-')), 'overrides.yaml');
    fs.writeFileSync(
      overrides,
      stringify({ same: [['person:jean-paul-habimana', 'person:claudine-habimana']] }),
    );
    await loadArticles(database, FOLDERS, { overridesFile: overrides });
    const where = await resolved(database);
    const habimanas = [...where].filter(([ref]) => ref.endsWith('habimana')).map(([, id]) => id);
    expect(new Set(habimanas).size).toBe(1);
    const rules = await readRows(
      database,
      "MATCH ()-[r:RESOLVES]->() WHERE r.rule STARTS WITH 'override' RETURN DISTINCT r.rule AS rule",
    );
    expect(rules.length).toBeGreaterThan(0);
    await loadArticles(database, FOLDERS);
    expect(
      new Set([...(await resolved(database))].filter(([ref]) => ref.endsWith('habimana')).map(([, id]) => id))
        .size,
    ).toBe(2);
  });
});

describe('the saved queries about sources, on articles that disagree', () => {
  let database: Database;
  const query = (name: string) => listSavedQueries().find((saved) => saved.name === name)!.cypher;

  beforeAll(async () => {
    database = openTestDatabase();
    await emptyDatabase(database);
    await loadArticles(database, FOLDERS);
  });
  afterAll(() => database.close());

  it('when 16-conflicts runs, then each disagreement lists each value with its sources', async () => {
    const rows = await readRows(database, query('16-conflicts'));
    const place = rows.filter((row) => row['property'] === 'place');
    expect(place.map((row) => [row['value'], row['sources']])).toEqual([
      ['place:huye', ['rw-gh-2025-05-30-ministers-meeting-huye']],
      ['place:kigali', ['en-rw-gh-2025-05-29-visit-kigali']],
    ]);
    expect(rows.filter((row) => row['property'] === 'since').map((row) => row['value'])).toEqual([
      '2009',
      '2011',
    ]);
  });

  it('when 17-status-history runs, then the visit reads planned as of 25 May and occurred as of 28 May', async () => {
    const rows = await readRows(database, query('17-status-history'), {
      countryA: 'country:ghana',
      countryB: 'country:rwanda',
    });
    const visitId = (await resolved(database)).get(VISIT);
    const visit = rows.filter((row) => row['eventId'] === visitId);
    expect(visit.map((row) => [row['asOf'], row['status']])).toEqual([
      ['2025-05-25', 'planned'],
      ['2025-05-28', 'occurred'],
      ['2025-05-29', 'occurred'],
    ]);
  });

  it('when 18-sources-and-corroboration runs for two sources, then only facts two outlets state are listed', async () => {
    const rows = await readRows(database, query('18-sources-and-corroboration'), { minCorroboration: 2 });
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row['corroboration']).toBeGreaterThanOrEqual(2);
  });

  it('when 19-as-of runs for 26 May, then the visit is still planned for 28–29 May', async () => {
    const rows = await readRows(database, query('19-as-of'), {
      countryA: 'country:rwanda',
      countryB: 'country:ghana',
      asOf: '2025-05-26',
    });
    const visitId = (await resolved(database)).get(VISIT);
    expect(rows.find((row) => row['eventId'] === visitId)).toMatchObject({
      status: 'planned',
      time: '2025-05-28/2025-05-29',
    });
    const later = await readRows(database, query('19-as-of'), {
      countryA: 'country:rwanda',
      countryB: 'country:ghana',
      asOf: '2025-06-30',
    });
    expect(later.find((row) => row['eventId'] === visitId)).toMatchObject({
      status: 'occurred',
      time: '2025-05-27/2025-05-29',
    });
  });
});

describe('a claim against background knowledge', () => {
  let database: Database;

  beforeAll(() => {
    database = openTestDatabase();
  });
  afterAll(() => database.close());

  it('when an article states what background knowledge contradicts, then both stay and the conflict says with-background', async () => {
    await emptyDatabase(database);
    // The first article says Smart Rwanda belongs to Rwanda only as background knowledge; this
    // copy has a second article state, in the words naming it, that it belongs to Kazakhstan.
    const folder = copyOfSeedArticle((extraction) => {
      const smartRwanda = extraction['initiatives'].find(
        (item: { id: string }) => item.id === 'initiative:smart-rwanda',
      );
      extraction['facts'].push({
        type: 'BELONGS_TO',
        from: 'initiative:smart-rwanda',
        to: 'country:kazakhstan',
        evidence: [smartRwanda.mentions[0]],
      });
    }, 'rw-test-contradicts-background');
    await loadArticles(database, [folder]);
    const rows = await readRows(
      database,
      `MATCH (c:Conflict {property: 'belongsTo'})-[:CONFLICT_ABOUT]->(:Initiative {id: 'initiative:smart-rwanda'})
       RETURN c.kind AS kind, c.values AS values, c.valueSources AS sources`,
    );
    expect(rows).toEqual([
      {
        kind: 'with-background',
        values: ['country:kazakhstan', 'country:rwanda'],
        sources: ['rw-test-contradicts-background', 'background'],
      },
    ]);
    const facts = await readRows(
      database,
      `MATCH (:Initiative {id: 'initiative:smart-rwanda'})-[r:BELONGS_TO]->(c) RETURN c.id AS country, r.basis AS basis ORDER BY country`,
    );
    expect(facts).toEqual([
      { country: 'country:kazakhstan', basis: 'article' },
      { country: 'country:rwanda', basis: 'background' },
    ]);
  });
});
