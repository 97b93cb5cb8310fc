import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '../../../src/db/database';
import { FACT_TYPES, PROVENANCE_TYPES } from '../../../src/graph/model';
import { loadArticles } from '../../../src/ingest/load-articles';
import { InvalidExtractionError } from '../../../src/ingest/problems';
import { copyOfSeedArticle, SEED_ARTICLE_FOLDER, SEED_ARTICLE_ID } from '../../support/article';
import { emptyDatabase, loadSeedArticle, readRows, snapshotGraph } from '../../support/graph';
import { openTestDatabase } from '../../support/neo4j';

describe('loading the seed article', () => {
  let database: Database;

  beforeAll(async () => {
    database = openTestDatabase();
    await loadSeedArticle(database);
  });

  afterAll(() => database.close());

  it('when loaded, then the article, its 16 sentences and every entity are in Neo4j', async () => {
    const [counts] = await readRows(
      database,
      `MATCH (a:Article {id: $id}) RETURN a.sentenceCount AS declared, COUNT { (a)-[:HAS_SENTENCE]->() } AS sentences,
              COUNT { (:Entity) } AS entities, a.offsetUnit AS unit, a.unknownMetadata AS unknown`,
      { id: SEED_ARTICLE_ID },
    );
    expect(counts).toEqual({
      declared: 16,
      sentences: 16,
      entities: 54,
      unit: 'unicode_code_point',
      unknown: ['publishedOn', 'outlet', 'author', 'url'],
    });
  });

  it('when loaded a second time, then nodes, relationships and properties are exactly as before', async () => {
    const before = await snapshotGraph(database);
    const second = await loadArticles(database, [SEED_ARTICLE_FOLDER]);
    expect(second.counts.nodesCreated).toBe(0);
    expect(second.counts.relationshipsCreated).toBe(0);
    expect(second.deleted).toBe(0);
    expect(await snapshotGraph(database)).toEqual(before);
  });

  it('when every sentence is checked, then each supports at least one fact stated by the article', async () => {
    const unsupported = await readRows(
      database,
      `MATCH (s:Sentence {articleId: $id})
       WHERE NOT EXISTS { MATCH ()-[r]->() WHERE r.basis = 'article' AND s.id IN r.evidence }
       RETURN s.index AS index`,
      { id: SEED_ARTICLE_ID },
    );
    expect(unsupported).toEqual([]);
  });

  it('when every fact is checked, then each from the article points to sentences that exist, and each background fact has a source', async () => {
    const rows = await readRows(
      database,
      `MATCH ()-[r]->() WHERE NOT type(r) IN $provenance
       OPTIONAL MATCH (s:Sentence) WHERE s.id IN coalesce(r.evidence, [])
       WITH r, count(s) AS found
       RETURN r.basis AS basis, size(coalesce(r.evidence, [])) AS cited, found, r.source IS NOT NULL AS sourced, count(*) AS n`,
      { provenance: PROVENANCE_TYPES },
    );
    const problems = rows.filter((row) =>
      row['basis'] === 'article'
        ? row['cited'] === 0 || row['found'] !== row['cited'] || row['sourced'] === true
        : row['basis'] !== 'background' || row['cited'] !== 0 || row['sourced'] !== true,
    );
    expect(problems).toEqual([]);
    expect(rows.map((row) => row['basis'])).toContain('background');
  });

  it('when every node from the extraction is checked, then each is named in or stated by a sentence', async () => {
    const orphans = await readRows(
      database,
      `MATCH (n:Entity) WHERE NOT (n)-[:MENTIONED_IN|STATED_IN]->(:Sentence) RETURN n.id AS id`,
    );
    expect(orphans).toEqual([]);
  });

  it('when every relationship is checked, then its type is one the model registry defines', async () => {
    const rows = await readRows(database, 'MATCH ()-[r]->() RETURN DISTINCT type(r) AS type ORDER BY type');
    const known: readonly string[] = [...FACT_TYPES, ...PROVENANCE_TYPES];
    expect(rows.map((row) => row['type']).filter((type) => !known.includes(type as string))).toEqual([]);
  });
});

describe('loading bad or additional articles', () => {
  let database: Database;
  const temporary: string[] = [];

  beforeAll(async () => {
    database = openTestDatabase();
  });

  afterAll(async () => {
    for (const folder of temporary) fs.rmSync(folder, { recursive: true, force: true });
    await database.close();
  });

  it('when an extraction is corrupted, then every problem is listed and nothing is written', async () => {
    await emptyDatabase(database);
    const folder = copyOfSeedArticle((e) => {
      e.people[0].mentions[0].end = 9999; // offset past the end
      e.facts[0].from = 'person:nobody'; // dangling reference
      e.events[0].time.value = '2025-05-32'; // not a date
    });
    temporary.push(folder);
    const failure = loadArticles(database, [folder]);
    await expect(failure).rejects.toBeInstanceOf(InvalidExtractionError);
    const error = (await failure.catch((e: unknown) => e)) as InvalidExtractionError;
    expect(error.problems.map((p) => p.path).sort()).toEqual([
      'events.0.time.value',
      'facts.0.from',
      'people.0.mentions.0',
    ]);
    expect(error.message).toMatch(/nothing was written \(3 problem\(s\)\)/);
    expect(await readRows(database, 'MATCH (n) RETURN count(n) AS n')).toEqual([{ n: 0 }]);
  });

  it('when one of several articles is bad, then the good one is not written either', async () => {
    await emptyDatabase(database);
    const bad = copyOfSeedArticle((e) => {
      e.sectors[0].mentions[0].start = 3;
    }, 'rw-test-bad-copy');
    temporary.push(bad);
    await expect(loadArticles(database, [SEED_ARTICLE_FOLDER, bad])).rejects.toThrow(
      /sectors\.0\.mentions\.0/,
    );
    expect(await readRows(database, 'MATCH (n) RETURN count(n) AS n')).toEqual([{ n: 0 }]);
  });

  it('when a second article names the same country and person, then it merges into the same nodes', async () => {
    await loadSeedArticle(database);
    const folder = secondArticle();
    temporary.push(folder);
    await loadArticles(database, [folder]);
    const rows = await readRows(
      database,
      `MATCH (n:Entity) WHERE n.id IN ['country:rwanda', 'person:paul-kagame']
       RETURN n.id AS id, n.aliases AS aliases,
              COLLECT { MATCH (n)-[:MENTIONED_IN]->(s:Sentence) RETURN DISTINCT s.articleId ORDER BY s.articleId } AS articles
       ORDER BY id`,
    );
    expect(rows).toEqual([
      {
        id: 'country:rwanda',
        aliases: ['Rwanda', 'u Rwanda'],
        articles: [SEED_ARTICLE_ID, 'rw-test-second-article'],
      },
      {
        id: 'person:paul-kagame',
        aliases: ['Kagame', 'Paul Kagame'],
        articles: [SEED_ARTICLE_ID, 'rw-test-second-article'],
      },
    ]);
    expect(await readRows(database, 'MATCH (n:Country) RETURN count(n) AS n')).toEqual([{ n: 3 }]);
  });
});

/** A tiny second article that names Rwanda and Paul Kagame again, in other words. */
function secondArticle(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bilateral-ties-second-'));
  const text = 'Paul Kagame yavuze ko Rwanda ifite ubufatanye bukomeye.';
  fs.writeFileSync(path.join(folder, 'article.rw.txt'), text);
  fs.writeFileSync(
    path.join(folder, 'meta.yaml'),
    'id: rw-test-second-article\nlanguage: rw\ntextFile: article.rw.txt\ntitle: Test\ntitleBasis: derived\npublishedOn: null\noutlet: null\nauthor: null\nurl: null\n',
  );
  fs.writeFileSync(
    path.join(folder, 'extraction.yaml'),
    [
      'article: rw-test-second-article',
      'countries:',
      '  - { id: country:rwanda, name: Rwanda, nameEn: Rwanda, mentions: [{ start: 22, end: 28, text: Rwanda }] }',
      'people:',
      '  - { id: person:paul-kagame, name: Paul Kagame, nameEn: Paul Kagame, mentions: [{ start: 0, end: 11, text: Paul Kagame }] }',
      'organizations: []',
      'places: []',
      'initiatives: []',
      'sectors: []',
      'positions: []',
      'events: []',
    ].join('\n'),
  );
  return folder;
}
