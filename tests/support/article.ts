import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { ARTICLES_ROOT } from '../../src/ingest/prepare-article';

export const SEED_ARTICLE_ID = 'rw-kz-2025-kagame-visit';
export const SEED_ARTICLE_FOLDER = path.join(ARTICLES_ROOT, SEED_ARTICLE_ID);

export function seedArticleText(): string {
  return fs.readFileSync(path.join(SEED_ARTICLE_FOLDER, 'article.rw.txt'), 'utf8');
}

export function seedExtraction(): Record<string, unknown> {
  return parse(fs.readFileSync(path.join(SEED_ARTICLE_FOLDER, 'extraction.yaml'), 'utf8')) as Record<
    string,
    unknown
  >;
}

/**
 * A copy of the seed article's folder in a temporary directory, with its extraction changed by
 * `edit`: for tests of what the validator and loader do with bad files.
 */
export function copyOfSeedArticle(
  edit: (extraction: Record<string, any>) => void = () => undefined,
  articleId: string = SEED_ARTICLE_ID,
): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bilateral-ties-article-'));
  fs.copyFileSync(path.join(SEED_ARTICLE_FOLDER, 'article.rw.txt'), path.join(folder, 'article.rw.txt'));
  const meta = fs.readFileSync(path.join(SEED_ARTICLE_FOLDER, 'meta.yaml'), 'utf8');
  fs.writeFileSync(
    path.join(folder, 'meta.yaml'),
    meta.replace(`id: ${SEED_ARTICLE_ID}`, `id: ${articleId}`),
  );
  const extraction = seedExtraction();
  extraction['article'] = articleId;
  edit(extraction);
  fs.writeFileSync(path.join(folder, 'extraction.yaml'), stringify(extraction));
  return folder;
}
