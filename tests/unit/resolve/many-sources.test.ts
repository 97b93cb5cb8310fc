import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { findArticleFolders, prepareArticles } from '../../../src/ingest/prepare-article';
import { resolveArticles } from '../../../src/ingest/resolve/resolve-articles';
import type { ArticleForResolution, Resolution } from '../../../src/ingest/resolve/resolution';
import { PROJECT_ROOT } from '../../../src/project-root';
import { permutations } from './build-article';

const FIXTURES = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'many-sources');
const EXPECTED = path.join(FIXTURES, 'expected.yaml');

interface Expected {
  same: string[][];
  different: [string, string][];
}

/** The fixture articles as the loader would hand them to the resolver. */
function fixtureArticles(): ArticleForResolution[] {
  const { prepared, problems } = prepareArticles(findArticleFolders(FIXTURES));
  expect(problems).toEqual([]);
  return prepared.map((article) => ({
    articleId: article.source.meta.id,
    publishedOn: article.source.meta.publishedOn ?? null,
    extraction: article.valid.extraction,
  }));
}

const present = fs.existsSync(EXPECTED);

(present ? describe : describe.skip)('the many-sources fixtures (tests/fixtures/many-sources)', () => {
  const expected = (
    present ? parse(fs.readFileSync(EXPECTED, 'utf8')) : { same: [], different: [] }
  ) as Expected;
  let articles: ArticleForResolution[];
  let resolution: Resolution;
  const canonical = (ref: string) => {
    const found = resolution.items.find((item) => `${item.articleId}#${item.localId}` === ref);
    if (!found) throw new Error(`no item ${ref}`);
    return found.canonicalId;
  };

  beforeAll(() => {
    articles = fixtureArticles();
    resolution = resolveArticles({ articles, overrides: { same: [], different: [] } });
  });

  it('when the six articles are resolved, then there is no problem', () => {
    expect(resolution.problems).toEqual([]);
  });

  it('when the expected same groups are looked up, then each is one thing', () => {
    const split = expected.same
      .map((group) => group.map((ref) => `${ref} -> ${canonical(ref)}`))
      .filter((group) => new Set(group.map((line) => line.split(' -> ')[1])).size > 1);
    expect(split).toEqual([]);
  });

  it('when the expected different pairs are looked up, then each stays two things', () => {
    const merged = expected.different.filter(([a, b]) => canonical(a) === canonical(b));
    expect(merged).toEqual([]);
  });

  it('when the decisions are read, then the misspelling, the middle name and the second name are explained', () => {
    const rule = (ref: string) =>
      resolution.items.find((item) => `${item.articleId}#${item.localId}` === ref)?.rule;
    expect(rule('en-rw-gh-2025-06-03-air-services-talks#person:kwabena-asante-mensa')).toBe('spelling');
    expect(rule('rw-gh-2025-05-28-minister-arrived#person:yvette-mukankusi')).toBe('canonical');
    expect(rule('rw-gh-2025-05-25-visit-expected#person:yvette-uwase-mukankusi')).toBe('person.name-parts');
    expect(
      rule(
        'rw-gh-2025-05-30-ministers-meeting-huye#event:2011-ghana-rwanda-diplomatic-relations-established',
      ),
    ).toBe('event.relations-established');
  });

  it('when the six articles come in any of their 720 orders, then the resolution is the same', () => {
    for (const order of permutations(articles)) {
      expect(resolveArticles({ articles: order, overrides: { same: [], different: [] } })).toEqual(
        resolution,
      );
    }
  });
});
