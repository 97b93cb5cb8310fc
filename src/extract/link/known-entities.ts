import fs from 'node:fs';
import path from 'node:path';
import { ENTITY_KINDS, NAMED_KINDS, type EntityKind } from '../../graph/model';
import { EXTRACTION_FILE, readYaml } from '../../ingest/article-folder';
import { extractionSchema } from '../../ingest/extraction-schema';
import { ARTICLES_ROOT, findArticleFolders } from '../../ingest/prepare-article';

/** An entity the graph already has, with every name the articles give it. */
export interface KnownEntity {
  id: string;
  kind: EntityKind;
  names: string[];
}

/**
 * The named entities of the articles in data/articles (the graph is built from them): their
 * canonical names, English names and every name as written. Drafted items count only once
 * reviewed; a file that does not parse is skipped here, as `npm run load` reports it anyway.
 */
export function readKnownEntities(root: string = ARTICLES_ROOT): KnownEntity[] {
  if (!fs.existsSync(root)) return [];
  const byId = new Map<string, KnownEntity>();
  for (const folder of findArticleFolders(root)) {
    const raw = readYaml(path.join(folder, EXTRACTION_FILE));
    if (!('value' in raw)) continue;
    const parsed = extractionSchema.safeParse(raw.value);
    if (!parsed.success) continue;
    for (const kind of NAMED_KINDS) {
      const section = parsed.data[ENTITY_KINDS[kind].section] as {
        id: string;
        name: string;
        nameEn: string;
        mentions: { text: string }[];
        review?: string;
      }[];
      for (const item of section) {
        if (item.review === 'draft') continue;
        const entity = byId.get(item.id) ?? { id: item.id, kind, names: [] };
        entity.names.push(item.name, item.nameEn, ...item.mentions.map((mention) => mention.text));
        entity.names = [...new Set(entity.names)];
        byId.set(item.id, entity);
      }
    }
  }
  return [...byId.values()];
}
