import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { pathOf, type Problem } from './problems';

const metaSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected a lower-case slug' }),
  language: z.string().regex(/^[a-z]{2,3}$/, { error: 'expected an ISO 639 language code such as rw' }),
  textFile: z.string().min(1),
  title: z.string().min(1),
  titleEn: z.string().min(1).optional(),
  /** Whether the title is the article's own or derived by the curator. */
  titleBasis: z.enum(['article', 'derived']),
  /** Unknown facts about the source are null, never guessed. */
  publishedOn: z.iso.date({ error: 'expected YYYY-MM-DD or null' }).nullable(),
  outlet: z.string().min(1).nullable(),
  author: z.string().min(1).nullable(),
  url: z.url().nullable(),
});

export type ArticleMeta = z.infer<typeof metaSchema>;

export interface ArticleSource {
  folder: string;
  meta: ArticleMeta;
  text: string;
  sha256: string;
}

export const META_FILE = 'meta.yaml';
export const EXTRACTION_FILE = 'extraction.yaml';

/** Reads an article folder's meta.yaml and text, reporting problems instead of throwing. */
export function readArticleFolder(folder: string): { source?: ArticleSource; problems: Problem[] } {
  const metaFile = path.join(folder, META_FILE);
  const parsed = readYaml(metaFile);
  if ('problems' in parsed) return { problems: parsed.problems };
  const meta = metaSchema.safeParse(parsed.value);
  if (!meta.success) {
    return {
      problems: meta.error.issues.map((issue) => ({
        file: metaFile,
        path: pathOf(issue.path),
        reason: issue.message,
      })),
    };
  }
  const textFile = path.join(folder, meta.data.textFile);
  if (!fs.existsSync(textFile)) {
    return { problems: [{ file: metaFile, path: 'textFile', reason: `${textFile} does not exist` }] };
  }
  const bytes = fs.readFileSync(textFile);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { problems: [{ file: textFile, path: '', reason: 'the text is not valid UTF-8' }] };
  }
  const problems: Problem[] = [];
  if (text !== text.normalize('NFC'))
    problems.push({ file: textFile, path: '', reason: 'the text is not in Unicode NFC' });
  if (text.startsWith('\uFEFF'))
    problems.push({ file: textFile, path: '', reason: 'the text starts with a byte order mark' });
  if (problems.length > 0) return { problems };
  return {
    source: { folder, meta: meta.data, text, sha256: createHash('sha256').update(bytes).digest('hex') },
    problems: [],
  };
}

/** Parses a YAML file; syntax errors come back as problems with their line. */
export function readYaml(file: string): { value: unknown } | { problems: Problem[] } {
  if (!fs.existsSync(file)) return { problems: [{ file, path: '', reason: 'the file does not exist' }] };
  const document = parseDocument(fs.readFileSync(file, 'utf8'));
  if (document.errors.length > 0) {
    return {
      problems: document.errors.map((error) => ({
        file,
        path: '',
        reason: `YAML syntax: ${error.message.split('\n')[0]} (line ${error.linePos?.[0].line ?? '?'})`,
      })),
    };
  }
  return { value: document.toJS() };
}
