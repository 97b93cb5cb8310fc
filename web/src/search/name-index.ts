import { graphql } from '../api/client';
import { ENTITY_NAMES } from '../api/queries';
import type { EntityRef } from '../api/types';

interface Named extends EntityRef {
  aliases: string[];
}

/** At most this many entities are fetched for prefix matching: 10 pages of the API's 100. */
const MAX_ENTITIES = 1000;

/** Lower case, no diacritics, apostrophes as spaces (as the API's index folds them): words. */
export function words(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/**
 * Type-ahead over entity names. The API's full-text search matches whole words, so "Nurt" finds
 * nothing there; this index, filled once from the public `entities` list, matches the beginnings
 * of words ("Nurt" → Murat Nurtleu). Its hits are added after the API's, which rank better.
 */
export class NameIndex {
  private entries: { entity: EntityRef; words: string[] }[] | null = null;
  private loading: Promise<void> | null = null;

  async match(text: string, limit: number): Promise<EntityRef[]> {
    await this.load();
    const wanted = words(text);
    if (wanted.length === 0) return [];
    return (this.entries ?? [])
      .filter((entry) => wanted.every((prefix) => entry.words.some((word) => word.startsWith(prefix))))
      .slice(0, limit)
      .map((entry) => entry.entity);
  }

  private load(): Promise<void> {
    this.loading ??= this.fetchAll().catch((error: unknown) => {
      // Type-ahead is a convenience: without it the API's search still answers.
      this.loading = null;
      console.warn('The name index could not be loaded', error);
    });
    return this.loading;
  }

  private async fetchAll(): Promise<void> {
    const entries: { entity: EntityRef; words: string[] }[] = [];
    let after: string | null = null;
    do {
      const page: {
        entities: { edges: { node: Named }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
      } = await graphql(ENTITY_NAMES, { after });
      for (const { node } of page.entities.edges) {
        const { aliases, ...entity } = node;
        entries.push({ entity, words: words([node.name, node.nameEn ?? '', ...aliases].join(' ')) });
      }
      after = page.entities.pageInfo.hasNextPage ? page.entities.pageInfo.endCursor : null;
    } while (after && entries.length < MAX_ENTITIES);
    this.entries = entries;
  }
}
