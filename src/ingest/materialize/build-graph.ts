import { Fraction, type GraphDocument, type GraphNode, type GraphRelationship } from '../../graph/model';
import type { ArticleSource } from '../article-folder';
import type { Resolution } from '../resolve/resolution';
import { itemRef } from '../resolve/resolution';
import { resolveArticles } from '../resolve/resolve-articles';
import { toGraph } from '../to-graph/index';
import type { ValidExtraction } from '../validate-extraction';
import { findConflicts } from './conflicts';
import { mergeDocuments, type SourceInfo } from './merge-documents';

export interface ArticleToBuild {
  source: ArticleSource;
  valid: ValidExtraction;
}

/**
 * Sources in the order their claims are read: unknown publication dates first (they cannot be
 * placed, so any dated report is taken as later), then by date, then by id.
 */
export function sourceOrder(articles: readonly ArticleToBuild[]): SourceInfo[] {
  return articles
    .map(({ source }) => ({
      articleId: source.meta.id,
      publishedOn: source.meta.publishedOn ?? null,
      outlet: source.meta.outlet ?? null,
    }))
    .sort(
      (a, b) =>
        (a.publishedOn === null ? 0 : 1) - (b.publishedOn === null ? 0 : 1) ||
        (a.publishedOn ?? '').localeCompare(b.publishedOn ?? '') ||
        a.articleId.localeCompare(b.articleId),
    );
}

/**
 * The whole graph of a set of articles: each article's graph in the ids resolution chose, merged
 * into one, with the names resolution chose and the conflicts between sources. A pure function
 * of the set: the order articles come in does not matter.
 */
export function buildGraph(articles: readonly ArticleToBuild[], resolution: Resolution): GraphDocument {
  const canonical = new Map(
    resolution.items.map((item) => [itemRef(item.articleId, item.localId), item.canonicalId]),
  );
  const documents = articles.map(({ source, valid }) =>
    toGraph(source, valid, (localId) => canonical.get(itemRef(source.meta.id, localId)) ?? localId),
  );
  const merged = mergeDocuments(documents, sourceOrder(articles));
  const names = new Map(resolution.entities.map((entity) => [entity.id, entity]));
  const nodes: GraphNode[] = merged.nodes.map((node) => {
    const entity = node.mergeLabel === 'Entity' ? names.get(node.id) : undefined;
    if (!entity || node.properties['title'] !== undefined) return node;
    return { ...node, properties: { ...node.properties, name: entity.name, nameEn: entity.nameEn } };
  });
  const conflicts = findConflicts({ ...merged, nodes });
  return {
    articleId: merged.articleId,
    nodes: [...nodes, ...conflicts.nodes],
    relationships: [...merged.relationships, ...conflicts.relationships, ...resolutionLinks(resolution)],
  };
}

/**
 * Each article's items and what resolution made of them: Article -RESOLVES-> entity, keyed by the
 * article's own id, with the rule that decided and its score, so every merge can be explained.
 */
function resolutionLinks(resolution: Resolution): GraphRelationship[] {
  return resolution.items.map((item) => ({
    type: 'RESOLVES',
    from: { mergeLabel: 'Article', id: item.articleId },
    to: { mergeLabel: 'Entity', id: item.canonicalId },
    key: { localId: item.localId },
    properties: {
      rule: item.rule,
      score: new Fraction(item.score),
      ...(item.matchedWith ? { matchedWith: item.matchedWith } : {}),
      ...(item.ambiguousWith?.length ? { ambiguousWith: item.ambiguousWith } : {}),
    },
  }));
}

/** The graph of one article on its own, as the loader would build it in an empty graph. */
export function buildArticleGraph(article: ArticleToBuild): GraphDocument {
  const resolution = resolveArticles({
    articles: [
      {
        articleId: article.source.meta.id,
        publishedOn: article.source.meta.publishedOn ?? null,
        extraction: article.valid.extraction,
      },
    ],
    overrides: { same: [], different: [] },
  });
  return { ...buildGraph([article], resolution), articleId: article.source.meta.id };
}
