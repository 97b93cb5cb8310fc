import type { Analysis, NameKind } from '../../../../src/extract/analysis';
import { Gazetteer, readGazetteerEntries } from '../../../../src/extract/lexicon/gazetteer';
import { analyseKinyarwanda, type AnalyseOptions } from '../../../../src/extract/rw/analyse';
import { tokenize } from '../../../../src/extract/text/tokenize';

/** One gazetteer for all tests, built the way the extractor builds it. */
export const gazetteer = new Gazetteer(readGazetteerEntries(), tokenize);

export function analyse(text: string, options: AnalyseOptions = {}): Analysis {
  return analyseKinyarwanda(text, gazetteer, options);
}

/** Mentions of one kind as `key text` pairs, in text order. */
export function mentions(analysis: Analysis, kind: NameKind): [string, string][] {
  return analysis.names.filter((name) => name.kind === kind).map((name) => [name.key, name.text]);
}

/** Every span's text must be the text at its code point offsets. */
export function textAt(text: string, span: { start: number; end: number }): string {
  return Array.from(text).slice(span.start, span.end).join('');
}
