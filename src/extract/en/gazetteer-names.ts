import type { NameKind, NameMention } from '../analysis';
import type { GazetteerMatch } from '../lexicon/gazetteer';
import type { EnglishContext } from './context';

/**
 * Names the gazetteer lists under an English form. The gazetteer wins on kind and key: a mention
 * it knows is never re-read as something else. A form matched in lower case counts only for
 * sectors and topics (`energy`) or forms written in lower case (`e-government`), so `turkey` or
 * `chad` in running text are not countries.
 */
const CONFIDENCE: Record<Exclude<NameKind, never>, number> = {
  Country: 0.95,
  Place: 0.9,
  Organization: 0.9,
  Initiative: 0.9,
  Person: 0.9,
  Sector: 0.8,
  Topic: 0.8,
};

export function findGazetteerNames(context: EnglishContext): GazetteerMatch[] {
  const { doc, gazetteer, book } = context;
  const titles: GazetteerMatch[] = [];
  for (const match of gazetteer.find(doc.tokens, 'en')) {
    const { entry } = match;
    if (entry.kind === 'Title') {
      titles.push(match);
      continue;
    }
    const written = doc.points.slice(match.start, match.end);
    const lowerCaseAllowed =
      entry.kind === 'Sector' ||
      entry.kind === 'Topic' ||
      entry.en.some((form) => form === form.toLowerCase());
    if (!lowerCaseAllowed && !/^\p{Lu}/u.test(written.replace(/^the\s+/i, ''))) continue;
    const mention: NameMention = {
      ...doc.span(match.start, match.end),
      kind: entry.kind,
      key: entry.id,
      name: entry.nameEn,
      nameEn: entry.nameEn,
      rule: `en.name.gazetteer.${entry.kind.toLowerCase()}`,
      confidence: CONFIDENCE[entry.kind],
      ...(entry.subKind ? { subKind: entry.subKind } : {}),
      ...(entry.country && (entry.kind === 'Organization' || entry.kind === 'Initiative')
        ? { countryKey: entry.country }
        : {}),
    };
    book.add(mention);
    // `tropical agriculture` is a topic and, inside it, `agriculture` is a sector.
    if (entry.kind === 'Topic' && match.to - match.from > 1) {
      for (const inner of gazetteer.find(doc.tokens.slice(match.from, match.to), 'en', ['Sector'])) {
        book.add({
          ...doc.span(inner.start, inner.end),
          kind: 'Sector',
          key: inner.entry.id,
          name: inner.entry.nameEn,
          nameEn: inner.entry.nameEn,
          rule: 'en.name.gazetteer.sector.inside-topic',
          confidence: 0.7,
        });
      }
    }
  }
  abbreviations(context);
  return titles;
}

/** `U.S.`, `U.K.`: full stops break a gazetteer form, so these are read here. */
const ABBREVIATIONS: [RegExp, string][] = [
  [/\bU\.S\.(?:A\.)?/gu, 'country:united-states'],
  [/\bU\.K\./gu, 'country:united-kingdom'],
];

function abbreviations(context: EnglishContext): void {
  const { doc, gazetteer, book } = context;
  for (const [pattern, id] of ABBREVIATIONS) {
    const entry = gazetteer.byId(id);
    if (!entry) continue;
    for (const match of doc.text.matchAll(pattern)) {
      const start = doc.points.fromUtf16(match.index);
      book.add({
        ...doc.span(start, start + match[0].length),
        kind: 'Country',
        key: id,
        name: entry.nameEn,
        nameEn: entry.nameEn,
        rule: 'en.name.gazetteer.country.abbreviation',
        confidence: 0.9,
      });
    }
  }
}
