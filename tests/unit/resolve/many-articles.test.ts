import { resolveArticles } from '../../../src/ingest/resolve/resolve-articles';
import { syntheticArticles } from './synthetic-articles';

describe('the resolver on many articles', () => {
  // Its speed is measured by npm run bench:load (bench/results/load.md), not by a timed test.
  it('when 1,000 articles of about 30 items are resolved, then every item gets exactly one decision', () => {
    const articles = syntheticArticles(1000);
    const sections = (e: (typeof articles)[number]['extraction']): readonly unknown[][] => [
      e.countries,
      e.people,
      e.organizations,
      e.places,
      e.sectors,
      e.topics,
      e.positions,
      e.events,
      e.commitments,
      e.statements,
      e.relations,
    ];
    const items = articles
      .flatMap((article) => sections(article.extraction))
      .reduce((n, s) => n + s.length, 0);
    const resolution = resolveArticles({ articles, overrides: { same: [], different: [] } });
    expect(resolution.items).toHaveLength(items);
    const refs = new Set(resolution.items.map((item) => `${item.articleId}#${item.localId}`));
    expect(refs.size).toBe(items);
    expect(resolution.entities.length).toBeLessThan(items);
  });
});
