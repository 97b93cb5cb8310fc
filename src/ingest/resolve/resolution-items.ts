import { ENTITY_KIND_NAMES, type EntityKind } from '../../graph/model';
import type { Extraction } from '../extraction-schema';
import { itemRef, type ArticleForResolution } from './resolution';

/** One item of one article, numbered in the order every later step relies on. */
export interface Item {
  /** Position in `ItemTable.items`: articles in order, then sections, then as listed. */
  index: number;
  ref: string;
  /** Position of its article in `ItemTable.articles`. */
  article: number;
  articleId: string;
  localId: string;
  kind: EntityKind;
  name: string;
  nameEn: string;
}

export interface ItemTable {
  /** Oldest first: no publication date, then by date, then by id. */
  articles: readonly ArticleForResolution[];
  items: readonly Item[];
  byRef: ReadonlyMap<string, Item>;
  byLocalId: ReadonlyMap<string, readonly Item[]>;
  byKind: ReadonlyMap<EntityKind, readonly Item[]>;
}

interface NamedRow {
  id: string;
  name: string;
  nameEn: string;
}

/** Each kind's section, with the words that name an item of it. */
const ROWS: { [K in EntityKind]: (extraction: Extraction) => readonly NamedRow[] } = {
  Country: (e) => e.countries,
  Person: (e) => e.people,
  Organization: (e) => e.organizations,
  Place: (e) => e.places,
  Initiative: (e) => e.initiatives,
  Sector: (e) => e.sectors,
  Topic: (e) => e.topics,
  Position: (e) => e.positions.map((p) => ({ id: p.id, name: p.title, nameEn: p.titleEn })),
  Event: (e) => e.events,
  Agreement: (e) => e.agreements,
  Commitment: (e) => e.commitments.map((c) => ({ id: c.id, name: c.summaryEn, nameEn: c.summaryEn })),
  Statement: (e) => e.statements.map((s) => ({ id: s.id, name: s.summaryEn, nameEn: s.summaryEn })),
  BilateralRelation: (e) => e.relations,
};

/** Code-unit order, the same on every machine (localeCompare is not). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sortArticles(articles: readonly ArticleForResolution[]): ArticleForResolution[] {
  return [...articles].sort(
    (a, b) =>
      (a.publishedOn === null ? 0 : 1) - (b.publishedOn === null ? 0 : 1) ||
      compareText(a.publishedOn ?? '', b.publishedOn ?? '') ||
      compareText(a.articleId, b.articleId),
  );
}

/** Every item of every article, in an order that does not depend on the order given. */
export function collectItems(given: readonly ArticleForResolution[]): ItemTable {
  const articles = sortArticles(given);
  const items: Item[] = [];
  const byRef = new Map<string, Item>();
  const byLocalId = new Map<string, Item[]>();
  const byKind = new Map<EntityKind, Item[]>(ENTITY_KIND_NAMES.map((kind) => [kind, []]));
  articles.forEach((article, order) => {
    for (const kind of ENTITY_KIND_NAMES) {
      for (const row of ROWS[kind](article.extraction)) {
        const item: Item = {
          index: items.length,
          ref: itemRef(article.articleId, row.id),
          article: order,
          articleId: article.articleId,
          localId: row.id,
          kind,
          name: row.name,
          nameEn: row.nameEn,
        };
        items.push(item);
        byRef.set(item.ref, item);
        const sameId = byLocalId.get(row.id);
        if (sameId) sameId.push(item);
        else byLocalId.set(row.id, [item]);
        byKind.get(kind)!.push(item);
      }
    }
  });
  return { articles, items, byRef, byLocalId, byKind };
}

/** The article's item with that local id, if the article has one. */
export function localItem(table: ItemTable, article: number, localId: string): Item | undefined {
  const articleId = table.articles[article]?.articleId;
  return articleId === undefined ? undefined : table.byRef.get(itemRef(articleId, localId));
}
