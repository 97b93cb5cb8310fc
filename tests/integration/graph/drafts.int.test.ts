import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import type { Database } from '../../../src/db/database';
import { extractArticle } from '../../../src/extract/extract-article';
import { loadArticles } from '../../../src/ingest/load-articles';
import { PROJECT_ROOT } from '../../../src/project-root';
import { dataOf, testApi } from '../../support/api';
import { emptyDatabase, readRows } from '../../support/graph';
import { openTestDatabase } from '../../support/neo4j';

const TEXT_FILE = path.join(
  PROJECT_ROOT,
  'tests',
  'fixtures',
  'articles',
  'rw-qa-2025-visit-postponed',
  'article.rw.txt',
);

describe('loading a drafted article', () => {
  let database: Database;
  let folder: string;

  beforeAll(async () => {
    database = openTestDatabase();
    await emptyDatabase(database);
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bilateral-ties-drafts-'));
    folder = extractArticle(fs.readFileSync(TEXT_FILE, 'utf8'), TEXT_FILE, {
      id: 'rw-draft-under-review',
      articlesRoot: root,
      known: [],
    }).folder;
  });

  afterAll(() => database.close());

  const entityCount = async () =>
    (await readRows(database, 'MATCH (n:Entity) RETURN count(n) AS n'))[0]?.['n'];

  it('when loaded without the flag, then no drafted item reaches the graph, and the load says how many were left out', async () => {
    const {
      articles: [loaded],
    } = await loadArticles(database, [folder]);
    expect(loaded?.draftsLeftOut).toBeGreaterThan(0);
    expect(await entityCount()).toBe(0);
    expect(loaded?.replaced).toBe(false);
    expect(
      await readRows(database, 'MATCH (a:Article {id: $id}) RETURN a.id AS id', {
        id: 'rw-draft-under-review',
      }),
    ).toHaveLength(1);
  });

  it('when loaded with --include-drafts, then drafted facts carry basis extracted with their confidence and rule', async () => {
    const {
      articles: [loaded],
    } = await loadArticles(database, [folder], { includeDrafts: true });
    expect(loaded?.draftsLeftOut).toBe(0);
    const facts = await readRows(
      database,
      `MATCH (:Entity)-[r]->(:Entity) RETURN DISTINCT r.basis AS basis, r.confidence IS NOT NULL AS confident, r.rule IS NOT NULL AS ruled`,
    );
    expect(facts).toEqual([{ basis: 'extracted', confident: true, ruled: true }]);
    const nodes = await readRows(
      database,
      `MATCH (n:Entity) RETURN DISTINCT n.review AS review, n.confidence < 1.0 AS below`,
    );
    expect(nodes.map((row) => row['review'])).toEqual(['draft']);
  });

  it('when asked through GraphQL, then extracted facts show their basis, confidence and rule, and drafts can be filtered out', async () => {
    const api = testApi(database);
    const data = dataOf(
      await api.query(`{
        relations(first: 50, filter: { basis: EXTRACTED }) { totalCount edges { node { type evidence { basis confidence rule sentences { index } } } } }
        reviewed: events(first: 10, filter: { reviewed: true }) { totalCount }
        drafted: events(first: 10, filter: { reviewed: false }) { totalCount edges { node { status statusWords { text } } } }
      }`),
    );
    expect(data['relations'].totalCount).toBeGreaterThan(0);
    for (const { node } of data['relations'].edges) {
      expect(node.evidence.basis).toBe('EXTRACTED');
      expect(node.evidence.confidence).toBeGreaterThan(0);
      expect(node.evidence.confidence).toBeLessThanOrEqual(1);
      expect(node.evidence.rule).toEqual(expect.any(String));
      expect(node.evidence.sentences.length).toBeGreaterThan(0);
    }
    expect(data['reviewed'].totalCount).toBe(0);
    expect(data['drafted'].totalCount).toBeGreaterThan(0);
    const statuses = data['drafted'].edges.map((edge: { node: { status: string } }) => edge.node.status);
    expect(statuses).toContain('POSTPONED');
  });

  it('when an analyst marks items reviewed and loads again, then those items lose their draft marks', async () => {
    const file = path.join(folder, 'extraction.yaml');
    const extraction = parse(fs.readFileSync(file, 'utf8'));
    const country = extraction.countries.find((c: { id: string }) => c.id === 'country:qatar');
    expect(country).toBeDefined();
    country.review = 'reviewed';
    fs.writeFileSync(file, stringify(extraction));
    await loadArticles(database, [folder], { includeDrafts: true });
    const [qatar] = await readRows(
      database,
      `MATCH (n:Entity {id: 'country:qatar'}) RETURN n.review AS review, n.rule AS rule`,
    );
    expect(qatar).toEqual({ review: null, rule: null });
  });
});
