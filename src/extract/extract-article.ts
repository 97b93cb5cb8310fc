import fs from 'node:fs';
import path from 'node:path';
import type { ArticleMeta } from '../ingest/article-folder';
import { EXTRACTION_FILE, META_FILE } from '../ingest/article-folder';
import { ARTICLES_ROOT } from '../ingest/prepare-article';
import { ANALYSERS } from './analysers';
import { assembleDraft } from './draft/assemble';
import type { DraftExtraction } from './draft/draft-types';
import { slugify } from './draft/ids';
import { draftToYaml, metaToYaml } from './draft-yaml';
import { chooseLanguage } from './language';
import { Gazetteer, readGazetteerEntries, type Language } from './lexicon/gazetteer';
import { linkDraft } from './link/link-draft';
import { readKnownEntities, type KnownEntity } from './link/known-entities';
import { splitSentences } from '../ingest/sentences';
import { InputTextError } from './input-text';
import { tokenize } from './text/tokenize';

export interface ExtractOptions {
  language?: string;
  id?: string;
  publishedOn?: string;
  outlet?: string;
  /** Replace an existing article folder. */
  force?: boolean;
  articlesRoot?: string;
  /** Entities to link to; read from the articles root when not given. */
  known?: readonly KnownEntity[];
}

let sharedGazetteer: Gazetteer | undefined;
/** The gazetteer is read once per process: building it is most of a cold run. */
export function gazetteer(): Gazetteer {
  sharedGazetteer ??= new Gazetteer(readGazetteerEntries(), tokenize);
  return sharedGazetteer;
}

/** Analyses a text and returns its linked draft, without writing anything. */
export function draftExtraction(
  text: string,
  language: Language,
  articleId: string,
  options: { publishedOn?: string; known: readonly KnownEntity[] },
): DraftExtraction {
  const analysis = ANALYSERS[language](
    text,
    gazetteer(),
    options.publishedOn ? { publishedOn: options.publishedOn } : {},
  );
  return linkDraft(assembleDraft(analysis, articleId), options.known);
}

/**
 * Drafts an article folder: the text exactly as received, meta.yaml and a draft extraction.yaml.
 * Everything is written to a temporary folder first and moved into place at the end, so a
 * failure leaves nothing half-written.
 */
export function extractArticle(
  text: string,
  sourceFile: string,
  options: ExtractOptions = {},
): { folder: string; draft: DraftExtraction; meta: ArticleMeta } {
  const language = chooseLanguage(text, options.language);
  if (options.publishedOn !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.publishedOn)) {
    throw new InputTextError(`--published ${options.publishedOn}: expected a date written YYYY-MM-DD`);
  }
  const firstSentence = splitSentences(text)[0]?.text ?? text.trim();
  // Names link to the product's graph, wherever the draft is written.
  const known = options.known ?? readKnownEntities(ARTICLES_ROOT);
  const draft = draftExtraction(text, language, options.id ?? 'draft', {
    known,
    ...(options.publishedOn ? { publishedOn: options.publishedOn } : {}),
  });
  const id = options.id ?? defaultId(language, draft, options.publishedOn);
  draft.article = id;
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
    throw new InputTextError(`--id ${id}: an article id is lower-case letters, digits and single hyphens`);
  }
  const root = options.articlesRoot ?? ARTICLES_ROOT;
  const folder = path.join(root, id);
  if (fs.existsSync(folder) && !options.force) {
    throw new InputTextError(
      `${path.relative(process.cwd(), folder)} already exists; pass --force to replace it`,
    );
  }
  const textFile = `article.${language}.txt`;
  const meta: ArticleMeta = {
    id,
    language,
    textFile,
    title:
      firstSentence.length > 160 ? `${Array.from(firstSentence).slice(0, 157).join('')}…` : firstSentence,
    titleBasis: 'derived',
    publishedOn: options.publishedOn ?? null,
    outlet: options.outlet ?? null,
    author: null,
    url: null,
  };
  fs.mkdirSync(root, { recursive: true });
  // Staged beside the target (a dot-folder, which no command reads as an article) so the final
  // rename stays on one file system.
  const staging = fs.mkdtempSync(path.join(root, `.staging-${id}-`));
  try {
    fs.writeFileSync(path.join(staging, textFile), text);
    fs.writeFileSync(
      path.join(staging, META_FILE),
      metaToYaml(
        meta,
        `Drafted by npm run extract from ${path.basename(sourceFile)}. The title is the first sentence\n(titleBasis: derived); facts not given are null, never guessed.`,
      ),
    );
    fs.writeFileSync(path.join(staging, EXTRACTION_FILE), draftToYaml(draft));
    if (fs.existsSync(folder)) fs.rmSync(folder, { recursive: true });
    fs.renameSync(staging, folder);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
  return { folder, draft, meta };
}

/**
 * A readable id from what the draft found: language, date, the two most named countries and the
 * first event's kind (`rw-2025-05-27-rwanda-ghana-meeting`).
 */
function defaultId(language: Language, draft: DraftExtraction, publishedOn: string | undefined): string {
  const countries = [...draft.countries]
    .sort((a, b) => b.mentions.length - a.mentions.length)
    .slice(0, 2)
    .map((country) => country.id.slice(country.id.indexOf(':') + 1))
    .sort();
  const date =
    publishedOn ??
    draft.events
      .find((event) => event.time)
      ?.time?.value.slice(0, 10)
      .split('/')[0];
  const kind = draft.events[0]?.kind.replace(/_/g, '-');
  return slugify([language, date, ...countries, kind].filter(Boolean).join(' ')) || `${language}-article`;
}
