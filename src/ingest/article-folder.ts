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
  /**
   * Facts about the source. null: the article does not give it (unknown, never guessed); left
   * out: nobody recorded it yet. The two stay apart in the graph.
   */
  publishedOn: z.iso.date({ error: 'expected YYYY-MM-DD or null' }).nullable().optional(),
  outlet: z.string().min(1).nullable().optional(),
  author: z.string().min(1).nullable().optional(),
  url: z.url().nullable().optional(),
});

/** The facts about a source that can be unknown (null) or not recorded (absent). */
export const SOURCE_FACTS = ['publishedOn', 'outlet', 'author', 'url'] as const;

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
/** Largest article text read when no limit is given (ARTICLE_MAX_BYTES configures the loader's). */
export const DEFAULT_MAX_TEXT_BYTES = 1_000_000;

export function readArticleFolder(
  folder: string,
  maxTextBytes: number = DEFAULT_MAX_TEXT_BYTES,
): { source?: ArticleSource; problems: Problem[] } {
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
  const size = fs.statSync(textFile).size;
  if (size > maxTextBytes) {
    return {
      problems: [
        {
          file: textFile,
          path: '',
          reason: `the text is ${size} bytes, over the limit of ${maxTextBytes} bytes (ARTICLE_MAX_BYTES)`,
        },
      ],
    };
  }
  const bytes = fs.readFileSync(textFile);
  const text = decodeUtf8(bytes);
  if (text === null)
    return { problems: [{ file: textFile, path: '', reason: 'the text is not valid UTF-8' }] };
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
  // Read as bytes and decoded strictly: Node's 'utf8' would turn a bad byte into U+FFFD and the
  // graph would then serve "Rw�anda".
  const content = decodeUtf8(fs.readFileSync(file));
  if (content === null) {
    return {
      problems: [
        { file, path: '', reason: `the file is not valid UTF-8 (${firstBadByte(fs.readFileSync(file))})` },
      ],
    };
  }
  const document = parseDocument(content);
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

/** The text of UTF-8 bytes, or null when they are not valid UTF-8. */
function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/** Where the first byte that breaks UTF-8 is, for the message: line and byte. */
function firstBadByte(bytes: Uint8Array): string {
  for (let end = 1; end <= Math.min(bytes.length, 1_000_000); end++) {
    if (
      decodeUtf8(bytes.subarray(0, end)) === null &&
      decodeUtf8(bytes.subarray(0, Math.min(bytes.length, end + 3))) === null
    ) {
      const before = bytes.subarray(0, end - 1);
      const line = before.filter((byte) => byte === 0x0a).length + 1;
      return `byte 0x${bytes[end - 1]!.toString(16)} at offset ${end - 1}, line ${line}`;
    }
  }
  return 'an incomplete sequence at the end';
}
