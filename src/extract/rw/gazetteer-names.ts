import type { NameKind, NameMention } from '../analysis';
import { matchKey, type GazetteerEntry, type GazetteerMatch } from '../lexicon/gazetteer';
import type { RwDocument } from './document';

/** How far to trust a gazetteer match, by kind: names are unambiguous, sector nouns less so. */
const CONFIDENCE: Record<NameKind, number> = {
  Country: 0.95,
  Place: 0.9,
  Organization: 0.9,
  Initiative: 0.85,
  Person: 0.9,
  Sector: 0.75,
  Topic: 0.7,
};
/** Kinds that are proper names: a match must be capitalised as names are. */
const PROPER = new Set<NameKind>(['Country', 'Place', 'Organization', 'Initiative', 'Person']);

export interface GazetteerFindings {
  names: NameMention[];
  /** Title matches, for the title rules. */
  titles: GazetteerMatch[];
}

/**
 * Countries, places, organisations, initiatives, sectors and topics that the gazetteer lists,
 * in one left-to-right pass that also yields titles (so a title and a name never overlap).
 * A country or place keeps the detached augment in its span (`u Rwanda`, `u Budage`), as the
 * curated extractions do, but not the linking particle before it (`w’`, `mu`, `muri`, `i`).
 */
export function findGazetteerNames(doc: RwDocument): GazetteerFindings {
  const names: NameMention[] = [];
  const titles: GazetteerMatch[] = [];
  for (const match of doc.gazetteer.find(doc.tokens, 'rw')) {
    const { entry } = match;
    if (entry.kind === 'Title') {
      titles.push(match);
      continue;
    }
    const kind = entry.kind as NameKind;
    if (PROPER.has(kind) && !writtenAsName(doc, match)) continue;
    let from = match.from;
    if ((kind === 'Country' || kind === 'Place') && hasAugmentBefore(doc, from)) from--;
    const span = doc.tokenSpan(from, match.to);
    const acronym = /^\p{Lu}{2,6}$/u.test(span.text);
    names.push({
      ...span,
      kind,
      key: entry.id,
      name: entry.name ?? entry.rw[0] ?? entry.nameEn,
      nameEn: entry.nameEn,
      ...(entry.subKind ? { subKind: entry.subKind } : {}),
      ...(entry.country && (kind === 'Organization' || kind === 'Initiative')
        ? { countryKey: entry.country }
        : {}),
      rule: from < match.from ? `rw.${ruleKind(kind)}.gazetteer.augment` : `rw.${ruleKind(kind)}.gazetteer`,
      // An acronym can be something else in another language (UN in French): trust it less.
      confidence: acronym ? CONFIDENCE[kind] - 0.15 : CONFIDENCE[kind],
    });
  }
  return { names, titles };
}

export function ruleKind(kind: NameKind): string {
  return kind === 'Organization' ? 'org' : kind.toLowerCase();
}

/**
 * A proper name starts with a capital, unless the gazetteer lists it in lower case
 * (`e-Government`); `u` before a name is the augment and is lower case anyway.
 */
function writtenAsName(doc: RwDocument, match: GazetteerMatch): boolean {
  if (doc.isCapitalised(match.from)) return true;
  const written = foldCaseKept(doc.tokenSpan(match.from, match.to).text);
  return listedForms(match.entry).some((form) => foldCaseKept(form) === written);
}

function listedForms(entry: GazetteerEntry): string[] {
  return [...entry.rw, ...entry.en];
}

function foldCaseKept(text: string): string {
  return matchKey(text.replace(/[’'‘`]/g, '’'));
}

/** `u` right before a country or place name (`u Rwanda`, `y’u Budage`) is its augment. */
function hasAugmentBefore(doc: RwDocument, from: number): boolean {
  const before = doc.tokens[from - 1];
  return !!before && before.type === 'word' && before.norm === 'u';
}
