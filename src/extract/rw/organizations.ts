import type { NameMention } from '../analysis';
import type { Gazetteer, GazetteerEntry } from '../lexicon/gazetteer';
import { tokenize } from '../text/tokenize';
import type { RwDocument } from './document';
import { slugify, slugOfKey } from './keys';
import type { NameIndex } from './name-index';
import { PhraseIndex, tokenKey } from './phrases';
import { LINKERS, LOCATIVES } from './titles';

/** Elisions and words that continue the name of a ministry's portfolio (`Ububanyi n’Amahanga`). */
const PORTFOLIO_JOINERS = new Set(['n’', 'na', 'mu', 'bw’', 'w’', 'z’', 'by’', 'ry’', 'cy’']);
const EMBASSY_ANAPHORA = new Set(['iyo', 'iyi', 'ayo', 'izo']);

/**
 * Organisations written by pattern rather than listed by name, so they work for any country:
 * ministries (`Minisiteri y’Uburezi y’u Rwanda`, `Minisiteri z’Ububanyi n’Amahanga zombi`),
 * embassies (`Ambasade y’u Rwanda muri Türkiye`, then `iyo Ambasade`), governments
 * (`Guverinoma y’u Rwanda`).
 * Mentions are added to `names` as they are found.
 */
export function findOrganizations(doc: RwDocument, names: NameIndex, mainCountries: string[]): NameMention[] {
  const found: NameMention[] = [];
  const both = PhraseIndex.of(doc.cues.bothCountries);
  const portfolios = ministerPortfolios(doc.gazetteer);
  let lastEmbassy: NameMention | undefined;
  for (let index = 0; index < doc.tokens.length; index++) {
    const key = doc.key(index);
    if (!doc.isCapitalised(index)) {
      if (lastEmbassy && EMBASSY_ANAPHORA.has(key) && doc.key(index + 1) === 'ambasade') {
        found.push({
          ...lastEmbassy,
          ...doc.tokenSpan(index, index + 2),
          rule: 'rw.org.embassy.anaphora',
          confidence: 0.7,
        });
      }
      continue;
    }
    if (key === 'minisiteri') found.push(...ministryAt(doc, index, names, portfolios, both, mainCountries));
    else if (key === 'ambasade') {
      const embassy = embassyAt(doc, index, names);
      if (embassy) {
        found.push(embassy);
        lastEmbassy = embassy;
      }
    } else if (key === 'guverinoma') {
      const country = LINKERS.has(doc.key(index + 1)) ? names.at(index + 2, ['Country']) : undefined;
      if (country) {
        const span = doc.tokenSpan(index, names.rangeOf(country).to);
        found.push({
          ...span,
          kind: 'Organization',
          subKind: 'government',
          key: `org:government-of-${slugOfKey(country.key)}`,
          name: span.text,
          nameEn: `Government of ${country.nameEn ?? country.name}`,
          countryKey: country.key,
          rule: 'rw.org.government',
          confidence: 0.85,
        });
      }
    }
  }
  for (const mention of found) names.add(mention);
  return found;
}

/** Portfolio words of each minister title (`Ububanyi n’Amahanga` → Minister of Foreign Affairs). */
function ministerPortfolios(gazetteer: Gazetteer): Map<string, GazetteerEntry> {
  const cached = PORTFOLIO_CACHE.get(gazetteer);
  if (cached) return cached;
  const portfolios = new Map<string, GazetteerEntry>();
  for (const entry of gazetteer.entries.values()) {
    if (entry.kind !== 'Title') continue;
    for (const form of entry.rw) {
      const keys = tokenize(form).map(tokenKey);
      if (keys[0] === 'minisitiri' && (keys[1] === 'w’' || keys[1] === 'wa') && keys.length > 2) {
        const portfolio = keys.slice(2).join(' ');
        if (!portfolios.has(portfolio)) portfolios.set(portfolio, entry);
      }
    }
  }
  PORTFOLIO_CACHE.set(gazetteer, portfolios);
  return portfolios;
}
const PORTFOLIO_CACHE = new WeakMap<Gazetteer, Map<string, GazetteerEntry>>();

function ministryAt(
  doc: RwDocument,
  index: number,
  names: NameIndex,
  portfolios: Map<string, GazetteerEntry>,
  both: PhraseIndex<true>,
  mainCountries: string[],
): NameMention[] {
  if (!['y’', 'z’', 'ya', 'za'].includes(doc.key(index + 1))) return [];
  const from = index + 2;
  let to = from;
  while (doc.isCapitalised(to) && !names.at(to, ['Country', 'Place'])) {
    to++;
    if (
      PORTFOLIO_JOINERS.has(doc.key(to)) &&
      doc.isCapitalised(to + 1) &&
      !names.at(to + 1, ['Country', 'Place'])
    )
      to++;
  }
  if (to === from) return [];
  const portfolioText = doc.tokenSpan(from, to).text;
  const keys = doc.tokens.slice(from, to).map(tokenKey);
  const title = portfolios.get(keys.join(' '));
  const portfolioEn = title?.nameEn.replace(/^Minister (of|for) /, '');
  // A portfolio that extends a shorter one (`Ububanyi n’Amahanga n’Ubutwererane`) is that
  // ministry under a longer name: the key follows the shorter one, so both are one ministry.
  const core = shortestPortfolio(keys, portfolios);
  const coreEn = core?.nameEn.replace(/^Minister (of|for) /, '');
  const name = `Minisiteri y’${portfolioText}`;
  const base = {
    kind: 'Organization' as const,
    subKind: 'ministry',
    name,
    confidence: title ? 0.85 : 0.65,
  };
  const slug = slugify(coreEn ?? portfolioEn ?? portfolioText);
  // A country right after it (`y’u Rwanda`), or both countries (`zombi`, `z’ibihugu byombi`).
  const country = LINKERS.has(doc.key(to)) ? names.at(to + 1, ['Country']) : undefined;
  if (country) {
    const span = doc.tokenSpan(index, names.rangeOf(country).to);
    return [
      {
        ...span,
        ...base,
        key: `org:${slugOfKey(country.key)}-ministry-of-${slug}`,
        ...(portfolioEn ? { nameEn: `Ministry of ${portfolioEn} of ${country.nameEn ?? country.name}` } : {}),
        countryKey: country.key,
        rule: 'rw.org.ministry.with-country',
      },
    ];
  }
  const bothTo =
    doc.key(to) === 'zombi'
      ? to + 1
      : LINKERS.has(doc.key(to))
        ? both.matchAt(doc.tokens, to + 1)?.to
        : undefined;
  if (bothTo !== undefined && mainCountries.length === 2) {
    const span = doc.tokenSpan(index, bothTo);
    return mainCountries.map((countryKey) => ({
      ...span,
      ...base,
      key: `org:${slugOfKey(countryKey)}-ministry-of-${slug}`,
      ...(portfolioEn
        ? { nameEn: `Ministry of ${portfolioEn} of ${doc.gazetteer.byId(countryKey)?.nameEn ?? countryKey}` }
        : {}),
      countryKey,
      rule: 'rw.org.ministry.both-countries',
      confidence: base.confidence - 0.2,
    }));
  }
  const span = doc.tokenSpan(index, to);
  return [
    {
      ...span,
      ...base,
      key: `org:ministry-of-${slug}`,
      ...(portfolioEn ? { nameEn: `Ministry of ${portfolioEn}` } : {}),
      rule: 'rw.org.ministry',
      confidence: base.confidence - 0.1,
    },
  ];
}

function shortestPortfolio(
  keys: string[],
  portfolios: Map<string, GazetteerEntry>,
): GazetteerEntry | undefined {
  for (let length = 1; length <= keys.length; length++) {
    const entry = portfolios.get(keys.slice(0, length).join(' '));
    if (entry) return entry;
  }
  return undefined;
}

/** `Ambasade y’u Rwanda muri Türkiye`: whose embassy, and where when the text says. */
function embassyAt(doc: RwDocument, index: number, names: NameIndex): NameMention | undefined {
  if (!LINKERS.has(doc.key(index + 1))) return undefined;
  const owner = names.at(index + 2, ['Country']);
  if (!owner) return undefined;
  let to = names.rangeOf(owner).to;
  const place = LOCATIVES.has(doc.key(to)) ? names.at(to + 1, ['Country', 'Place']) : undefined;
  if (place) to = names.rangeOf(place).to;
  const span = doc.tokenSpan(index, to);
  const ownerEn = owner.nameEn ?? owner.name;
  return {
    ...span,
    kind: 'Organization',
    subKind: 'embassy',
    key: `org:${slugOfKey(owner.key)}-embassy${place ? `-${slugOfKey(place.key)}` : ''}`,
    name: span.text,
    nameEn: `Embassy of ${ownerEn}${place ? ` in ${place.nameEn ?? place.name}` : ''}`,
    countryKey: owner.key,
    rule: place ? 'rw.org.embassy.with-place' : 'rw.org.embassy',
    confidence: 0.9,
  };
}
