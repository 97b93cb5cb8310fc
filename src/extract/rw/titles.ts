import type { TextSpan, TitleMention } from '../analysis';
import type { GazetteerMatch } from '../lexicon/gazetteer';
import type { RwDocument } from './document';
import type { NameIndex } from './name-index';
import { PhraseIndex } from './phrases';

export interface TitleHit {
  mention: TitleMention;
  /** Token range of the title words alone. */
  from: number;
  titleTo: number;
  /** One past the whole title phrase: country tie and, for diplomats, their posting. */
  to: number;
  /** The title before it in an `akaba na` chain: both are held by one person. */
  chainedFrom?: TitleHit;
  chainedTo?: TitleHit;
}

/** Particles that tie a title to a country: `wa Kazakhstan`, `w’u Rwanda`, `y’u Rwanda`. */
export const LINKERS = new Set([
  'wa',
  'w’',
  'ya',
  'y’',
  'za',
  'z’',
  'rwa',
  'rw’',
  'cya',
  'cy’',
  'bya',
  'by’',
  'ba',
  'b’',
  'ka',
  'k’',
]);
/** Prepositions placing something in a country or city: `mu Rwanda`, `muri Qatar`, `i Kigali`. */
export const LOCATIVES = new Set(['mu', 'muri', 'i', 'kwa']);
/** Titles followed by the country they are posted to (`Ambasaderi w’u Rwanda muri Qatar`). */
const DIPLOMATS = new Set([
  'title:ambassador',
  'title:high-commissioner',
  'title:consul',
  'title:charge-d-affaires',
  'title:special-envoy',
]);

const PLURAL = new Set(['ba', 'b’']);

/**
 * Titles with the country the text ties them to. A title belongs to a country only when the
 * words say so: right after it (`Minisitiri w’Ububanyi n’Amahanga wa Kazakhstan`), possibly past
 * a modifier (`Ambasaderi mushya w’u Budage`), or, for a title chained to another by `akaba na`,
 * through the one the country follows. `Perezida Paul Kagame` alone stays without a country.
 */
export function findTitles(
  doc: RwDocument,
  matches: readonly GazetteerMatch[],
  names: NameIndex,
): TitleHit[] {
  const modifiers = PhraseIndex.of(doc.cues.titleModifiers);
  const conjunctions = PhraseIndex.of(doc.cues.titleConjunctions);
  const hits: TitleHit[] = [];
  for (const match of matches) {
    // `Aba ba Minisitiri`, `abaminisitiri`: ministers in the plural name no one's title.
    if (PLURAL.has(doc.key(match.from - 1))) continue;
    let to = match.to;
    for (
      let modifier = modifiers.matchAt(doc.tokens, to);
      modifier;
      modifier = modifiers.matchAt(doc.tokens, to)
    ) {
      to = modifier.to;
    }
    let countryKey: string | undefined;
    let countrySpan: TextSpan | undefined;
    const country = LINKERS.has(doc.key(to)) ? names.at(to + 1, ['Country']) : undefined;
    if (country) {
      const countryTo = names.rangeOf(country).to;
      countryKey = country.key;
      countrySpan = doc.tokenSpan(to, countryTo);
      to = countryTo;
    } else {
      to = match.to;
    }
    if (DIPLOMATS.has(match.entry.id) && LOCATIVES.has(doc.key(to))) {
      const posting = names.at(to + 1, ['Country', 'Place']);
      if (posting) to = names.rangeOf(posting).to;
    }
    const span = doc.tokenSpan(match.from, to);
    const hit: TitleHit = {
      from: match.from,
      titleTo: match.to,
      to,
      mention: {
        ...span,
        titleId: match.entry.id,
        title: doc.tokenSpan(match.from, match.to).text,
        titleEn: match.entry.nameEn,
        ...(countryKey ? { countryKey, countrySpan } : {}),
        rule: countryKey ? 'rw.title.with-country' : 'rw.title.gazetteer',
        confidence: countryKey ? 0.9 : 0.85,
      },
    };
    const previous = hits.at(-1);
    const conjunction = previous ? conjunctions.matchAt(doc.tokens, previous.to) : undefined;
    if (previous && conjunction && conjunction.to === match.from) {
      previous.chainedTo = hit;
      hit.chainedFrom = previous;
    }
    hits.push(hit);
  }
  shareCountryAlongChains(hits);
  return hits;
}

/**
 * `Minisitiri w’Intebe wungirije akaba na Minisitiri w’Ububanyi n’Amahanga wa Kazakhstan`: the
 * country closing the chain is read as the country of every title in it, as a reader does; the
 * rule and a lower confidence say it was shared.
 */
function shareCountryAlongChains(hits: TitleHit[]): void {
  for (const hit of hits) {
    if (hit.chainedTo || !hit.chainedFrom || !hit.mention.countryKey) continue;
    for (let before: TitleHit | undefined = hit.chainedFrom; before; before = before.chainedFrom) {
      if (before.mention.countryKey) break;
      before.mention.countryKey = hit.mention.countryKey;
      before.mention.countrySpan = hit.mention.countrySpan;
      before.mention.rule = 'rw.title.country-shared-by-akaba-na';
      before.mention.confidence = 0.75;
    }
  }
}
