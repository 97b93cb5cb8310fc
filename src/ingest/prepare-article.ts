import fs from 'node:fs';
import path from 'node:path';
import type { GraphDocument } from '../graph/model';
import { PROJECT_ROOT } from '../project-root';
import {
  EXTRACTION_FILE,
  META_FILE,
  readArticleFolder,
  readYaml,
  type ArticleSource,
} from './article-folder';
import type { Problem } from './problems';
import { buildArticleGraph } from './materialize/build-graph';
import { validateExtraction, type ValidationOptions, type ValidExtraction } from './validate-extraction';

export const ARTICLES_ROOT = path.join(PROJECT_ROOT, 'data', 'articles');

export interface PreparedArticle {
  source: ArticleSource;
  extractionFile: string;
  graph: GraphDocument;
  /** The text and the extraction: what the article's graph was made from. */
  sourceFiles: readonly string[];
  /** Drafted items left out of the graph (see `includeDrafts`). */
  draftsLeftOut: number;
  /** The validated extraction the graph is built from, and the file's content as read. */
  valid: ValidExtraction;
  raw: unknown;
}

/**
 * Every article folder (one holding meta.yaml) under data/articles, in name order. Dot-folders
 * are work in progress (a draft being written), never articles.
 */
export function findArticleFolders(root: string = ARTICLES_ROOT): string[] {
  return fs
    .readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .filter((entry) => fs.existsSync(path.join(root, entry.name, META_FILE)))
    .map((entry) => path.join(root, entry.name))
    .sort();
}

/** Accepts an article folder or any file inside one (its extraction.yaml, say). */
export function articleFolderOf(target: string): string {
  const resolved = path.resolve(target);
  if (!fs.existsSync(resolved)) throw new Error(`${target} does not exist`);
  return fs.statSync(resolved).isDirectory() ? resolved : path.dirname(resolved);
}

/**
 * Reads, validates and converts articles without touching Neo4j. Problems from every article are
 * collected, so one run reports everything wrong.
 */
export interface PrepareOptions extends ValidationOptions {
  /** Largest article text accepted, in bytes (ARTICLE_MAX_BYTES). */
  maxTextBytes?: number;
}

export function prepareArticles(
  folders: readonly string[],
  options: PrepareOptions = {},
): {
  prepared: PreparedArticle[];
  problems: Problem[];
} {
  const prepared: PreparedArticle[] = [];
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  for (const folder of folders) {
    const { source, problems: folderProblems } = readArticleFolder(folder, options.maxTextBytes);
    problems.push(...folderProblems);
    if (!source) continue;
    const earlier = seen.get(source.meta.id);
    if (earlier) {
      problems.push({
        file: path.join(folder, META_FILE),
        path: 'id',
        reason: `${source.meta.id} is also the id of ${earlier}`,
      });
      continue;
    }
    seen.set(source.meta.id, folder);
    const extractionFile = path.join(folder, EXTRACTION_FILE);
    const raw = readYaml(extractionFile);
    if ('problems' in raw) {
      problems.push(...raw.problems);
      continue;
    }
    const { valid, problems: extractionProblems } = validateExtraction(
      raw.value,
      source,
      extractionFile,
      options,
    );
    problems.push(...extractionProblems);
    if (valid) {
      const sourceFiles = [path.join(source.folder, source.meta.textFile), extractionFile];
      prepared.push({
        source,
        extractionFile,
        graph: buildArticleGraph({ source, valid }),
        sourceFiles,
        draftsLeftOut: valid.draftsLeftOut,
        valid,
        raw: raw.value,
      });
    }
  }
  return { prepared, problems };
}
