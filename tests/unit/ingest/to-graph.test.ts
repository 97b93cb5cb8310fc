import { PROVENANCE_TYPES } from '../../../src/graph/model';
import { findArticleFolders, prepareArticles } from '../../../src/ingest/prepare-article';
import { SEED_ARTICLE_ID } from '../../support/article';

describe('toGraph on the seed article', () => {
  const { prepared, problems } = prepareArticles(findArticleFolders());
  const graph = prepared.find((article) => article.graph.articleId === SEED_ARTICLE_ID)!.graph;
  const sentenceIds = new Set(graph.nodes.filter((n) => n.mergeLabel === 'Sentence').map((n) => n.id));
  const facts = graph.relationships.filter((r) => !(PROVENANCE_TYPES as readonly string[]).includes(r.type));

  it('when prepared, then it has no problems and one node per sentence', () => {
    expect(problems).toEqual([]);
    expect(sentenceIds.size).toBe(16);
  });

  it('when a fact comes from the article, then its evidence names existing sentences', () => {
    const fromArticle = facts.filter((r) => r.properties['basis'] === 'article');
    const background = facts.filter((r) => r.properties['basis'] === 'background');
    expect(fromArticle.length + background.length).toBe(facts.length);
    expect(fromArticle.length).toBeGreaterThan(background.length);
    for (const fact of fromArticle) {
      expect(fact.evidence?.length).toBeGreaterThan(0);
      for (const id of fact.evidence ?? []) expect(sentenceIds.has(id)).toBe(true);
    }
  });

  it('when a fact is background, then it carries a source and no evidence', () => {
    const background = facts.filter((r) => r.properties['basis'] === 'background');
    expect(background.map((r) => `${r.from.id} ${r.type} ${r.to.id}`).sort()).toEqual([
      'initiative:smart-rwanda BELONGS_TO country:rwanda',
      'place:astana LOCATED_IN country:kazakhstan',
      'position:president-paul-kagame POSITION_OF country:rwanda',
    ]);
    for (const fact of background) {
      expect(fact.evidence).toBeUndefined();
      expect(String(fact.properties['source'])).toMatch(/general knowledge/);
    }
  });

  it('when the quote runs across two sentences, then the quote links to both', () => {
    const quoteLinks = graph.relationships.filter(
      (r) =>
        r.type === 'STATED_IN' &&
        r.from.id === 'statement:nurtleu-quote-new-chapter' &&
        r.key['aspect'] === 'quote',
    );
    expect(quoteLinks.map((r) => r.to.id)).toEqual([`${SEED_ARTICLE_ID}#s4`, `${SEED_ARTICLE_ID}#s5`]);
  });

  it('when Murat Nurtleu holds two positions at once, then both are facts', () => {
    expect(
      facts
        .filter((r) => r.type === 'HOLDS_POSITION' && r.from.id === 'person:murat-nurtleu')
        .map((r) => r.to.id)
        .sort(),
    ).toEqual([
      'position:kazakhstan-deputy-prime-minister',
      'position:kazakhstan-minister-of-foreign-affairs',
    ]);
  });

  it('when a node is named in the article, then its aliases are the names as written', () => {
    const kagame = graph.nodes.find((n) => n.id === 'person:paul-kagame')!;
    expect(kagame.aliases).toEqual(['Kagame', 'Paul Kagame']);
    expect(kagame.labels).toEqual(['Entity', 'Actor', 'Person']);
  });
});
