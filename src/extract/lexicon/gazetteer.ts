import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { ENTITY_KINDS, NAMED_KINDS, type NamedKind } from '../../graph/model';
import { PROJECT_ROOT } from '../../project-root';
import type { Token } from '../text/tokenize';

export const LEXICON_DIR = path.join(PROJECT_ROOT, 'data', 'lexicon');
export const GAZETTEER_DIR = path.join(LEXICON_DIR, 'gazetteers');

export type Language = 'rw' | 'en';

/** Kinds a gazetteer can list: named things, and titles (which name positions, not entities). */
export type GazetteerKind = NamedKind | 'Title';

const entrySchema = z.strictObject({
  id: z.string().regex(/^[a-z]+:[a-z0-9]+(?:-[a-z0-9]+)*$/),
  kind: z.enum(['Title', ...NAMED_KINDS] as [GazetteerKind, ...GazetteerKind[]]),
  nameEn: z.string().min(1),
  /** The canonical name in Kinyarwanda, when it differs from the first `rw` form. */
  name: z.string().min(1).optional(),
  /** Forms as written in each language; matching ignores case and diacritics. */
  rw: z.array(z.string().min(1)).default([]),
  en: z.array(z.string().min(1)).default([]),
  /** ministry, embassy, city, technology_park… as the extraction format names them. */
  subKind: z.string().optional(),
  /** The country it belongs to or lies in. */
  country: z.string().optional(),
});
const fileSchema = z.array(entrySchema);

export type GazetteerEntry = z.infer<typeof entrySchema>;

export interface GazetteerMatch {
  entry: GazetteerEntry;
  /** Index of the first token and one past the last. */
  from: number;
  to: number;
  start: number;
  end: number;
}

/** The key a token is matched on: lower case, no diacritics, apostrophes unified. */
export function matchKey(norm: string): string {
  return norm.normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * Names of countries, places, organizations, initiatives, sectors, topics and titles in each
 * language, read from data/lexicon/gazetteers/*.yaml. Entries with the same id in several files
 * merge, so a file can add forms to an entry another file defines.
 */
export class Gazetteer {
  readonly entries: ReadonlyMap<string, GazetteerEntry>;
  private readonly forms = new Map<Language, Map<string, GazetteerEntry[]>>();
  private readonly longest = new Map<Language, number>();

  constructor(entries: readonly GazetteerEntry[], tokenizeForm: (form: string) => Token[]) {
    const merged = new Map<string, GazetteerEntry>();
    for (const entry of entries) {
      const existing = merged.get(entry.id);
      merged.set(
        entry.id,
        existing
          ? { ...existing, rw: [...existing.rw, ...entry.rw], en: [...existing.en, ...entry.en] }
          : entry,
      );
    }
    this.entries = merged;
    for (const language of ['rw', 'en'] as const) {
      const byKey = new Map<string, GazetteerEntry[]>();
      let longest = 1;
      for (const entry of merged.values()) {
        for (const form of entry[language]) {
          const tokens = tokenizeForm(form).filter((token) => token.type !== 'punct');
          const key = tokens.map((token) => matchKey(token.norm)).join(' ');
          longest = Math.max(longest, tokens.length);
          const list = byKey.get(key) ?? [];
          if (!list.includes(entry)) list.push(entry);
          byKey.set(key, list);
        }
      }
      this.forms.set(language, byKey);
      this.longest.set(language, longest);
    }
  }

  /**
   * Every longest, non-overlapping match of a listed form in the tokens, left to right.
   * Punctuation breaks a match; `kinds` narrows what is looked for.
   */
  find(tokens: readonly Token[], language: Language, kinds?: readonly GazetteerKind[]): GazetteerMatch[] {
    const byKey = this.forms.get(language)!;
    const longest = this.longest.get(language)!;
    const matches: GazetteerMatch[] = [];
    // Each token's key once, not once per candidate length.
    const keys = tokens.map((token) => matchKey(token.norm));
    for (let from = 0; from < tokens.length;) {
      let found: GazetteerMatch | undefined;
      for (let length = Math.min(longest, tokens.length - from); length >= 1 && !found; length--) {
        const slice = tokens.slice(from, from + length);
        if (slice.some((token) => token.type === 'punct')) continue;
        const candidates = byKey.get(keys.slice(from, from + length).join(' ')) ?? [];
        const entry = candidates.find((candidate) => !kinds || kinds.includes(candidate.kind));
        if (entry) {
          found = { entry, from, to: from + length, start: slice[0]!.start, end: slice.at(-1)!.end };
        }
      }
      if (found) {
        matches.push(found);
        from = found.to;
      } else {
        from++;
      }
    }
    return matches;
  }

  byId(id: string): GazetteerEntry | undefined {
    return this.entries.get(id);
  }
}

/** Reads and checks every gazetteer file; a bad entry names its file and position. */
export function readGazetteerEntries(dir: string = GAZETTEER_DIR): GazetteerEntry[] {
  const files = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort();
  return files.flatMap((name) => {
    const file = path.join(dir, name);
    const parsed = fileSchema.safeParse(parse(fs.readFileSync(file, 'utf8')) ?? []);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`${path.relative(PROJECT_ROOT, file)} at ${issue.path.join('.')}: ${issue.message}`);
    }
    for (const entry of parsed.data) {
      const [prefix] = entry.id.split(':');
      const expected = entry.kind === 'Title' ? 'title' : ENTITY_KINDS[entry.kind].idPrefix;
      if (prefix !== expected) {
        throw new Error(
          `${path.relative(PROJECT_ROOT, file)}: ${entry.id} is a ${entry.kind}; its id must start with ${expected}:`,
        );
      }
    }
    return parsed.data;
  });
}
