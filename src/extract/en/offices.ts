import type { NameMention } from '../analysis';
import type { EnglishContext } from './context';
import { idSlug, slugOf } from './keys';
import { mainCountries } from './main-countries';
import { countryBefore, type CountryTie } from './country-ties';
import { readComplement } from './titles';
import { isCapitalised, wordSet } from './token-tests';

/**
 * Offices of a state, read from their pattern so that they work for every country:
 * ministries (`Rwanda’s Ministry of Infrastructure`, `the Ministry of Foreign Affairs of Ghana`),
 * embassies (`Rwanda’s embassy in Ankara`, `the Embassy of Japan in Kigali`) and governments
 * (`the Government of Rwanda`, `the two governments`). A country is the owner only when the words
 * say so; an office whose owner the text does not give keeps a key without a country.
 */
export function findOffices(context: EnglishContext): void {
  const { tokens } = context.doc;
  tokens.forEach((token, index) => {
    if (token.norm === 'ministry') findMinistry(context, index);
    else if (token.norm === 'ministries') findTwoMinistries(context, index);
    else if (token.norm === 'embassy' || (token.norm === 'high' && tokens[index + 1]?.norm === 'commission'))
      findEmbassy(context, index);
    else if (token.norm === 'government' || token.norm === 'governments') findGovernment(context, index);
  });
}

const MINISTRY_LINKS = wordSet('of for');

function findMinistry(context: EnglishContext, index: number): void {
  const { doc } = context;
  const owner = ownerBefore(context, index);
  if (!isCapitalised(doc.tokens[index]) && !owner) return;
  const { to, tie } = readComplement(context, index + 1, MINISTRY_LINKS);
  if (to === index + 1) return; // `the ministry`: no name
  const country = owner ?? tie;
  const first = owner ? doc.tokens[owner.from]!.start : doc.tokens[index]!.start;
  const last = tie ? tie.span.end : doc.tokens[to - 1]!.end;
  const name = doc.points.slice(doc.tokens[index]!.start, doc.tokens[to - 1]!.end);
  const canonical = capitaliseHead(name);
  const countryName = country && context.gazetteer.byId(country.key)?.nameEn;
  add(context, {
    ...doc.span(first, last),
    kind: 'Organization',
    subKind: 'ministry',
    key: `org:${country ? `${idSlug(country.key)}-` : ''}${slugOf(canonical)}`,
    name: canonical,
    nameEn: countryName ? `${canonical} of ${countryName}` : canonical,
    rule: country ? 'en.org.ministry.country' : 'en.org.ministry',
    confidence: country ? 0.9 : 0.8,
    ...(country ? { countryKey: country.key } : {}),
  });
}

function findEmbassy(context: EnglishContext, index: number): void {
  const { doc } = context;
  const { tokens } = doc;
  const width = tokens[index]!.norm === 'high' ? 2 : 1;
  let owner = ownerBefore(context, index);
  let next = index + width;
  if (!owner && tokens[next]?.norm === 'of') {
    const country = tokens[next + 1] && context.book.startingAt(tokens[next + 1]!.start, ['Country']);
    if (country) {
      owner = {
        key: country.key,
        span: doc.span(tokens[next]!.start, country.end),
        from: next,
        to: doc.tokenTo(country.end),
      };
      next = owner.to;
    }
  }
  if (!owner) return;
  let host: { key: string; name: string; end: number } | undefined;
  if ((tokens[next]?.norm === 'in' || tokens[next]?.norm === 'to') && tokens[next + 1]) {
    const place = context.book.startingAt(tokens[next + 1]!.start, ['Country', 'Place']);
    const entry = place && context.gazetteer.byId(place.key);
    const hostKey = place?.kind === 'Country' ? place.key : entry?.country;
    if (place && hostKey) host = { key: hostKey, name: place.name, end: place.end };
  }
  const first = Math.min(doc.tokens[index]!.start, doc.tokens[owner.from]!.start);
  const last = host?.end ?? Math.max(tokens[index + width - 1]!.end, owner.span.end);
  const ownerName = context.gazetteer.byId(owner.key)?.nameEn ?? idSlug(owner.key);
  const office = width === 2 ? 'High Commission' : 'Embassy';
  const name = `${office} of ${ownerName}${host ? ` in ${host.name}` : ''}`;
  add(context, {
    ...doc.span(first, last),
    kind: 'Organization',
    subKind: 'embassy',
    key: `org:${idSlug(owner.key)}-embassy${host ? `-${idSlug(host.key)}` : ''}`,
    name,
    nameEn: name,
    rule: host ? 'en.org.embassy.host' : 'en.org.embassy',
    confidence: host ? 0.9 : 0.75,
    countryKey: owner.key,
  });
}

function findGovernment(context: EnglishContext, index: number): void {
  const { doc } = context;
  const { tokens } = doc;
  if (tokens[index]!.norm === 'governments') {
    if (tokens[index - 1]?.norm !== 'two' || tokens[index - 2]?.norm !== 'the') return;
    const span = doc.span(tokens[index - 2]!.start, tokens[index]!.end);
    for (const key of mainCountries(context.book))
      governmentMention(context, span, key, 'en.org.government.the-two', 0.6);
    return;
  }
  let owner: CountryTie | undefined = ownerBefore(context, index);
  if (!owner && tokens[index + 1]?.norm === 'of') {
    const country = tokens[index + 2] && context.book.startingAt(tokens[index + 2]!.start, ['Country']);
    if (country)
      owner = {
        key: country.key,
        span: doc.span(tokens[index + 1]!.start, country.end),
        from: index + 1,
        to: doc.tokenTo(country.end),
      };
  }
  if (!owner) return;
  const start = Math.min(tokens[index]!.start, tokens[owner.from]!.start);
  const end = Math.max(tokens[index]!.end, owner.span.end);
  governmentMention(context, doc.span(start, end), owner.key, 'en.org.government', 0.85);
}

function governmentMention(
  context: EnglishContext,
  span: { start: number; end: number; text: string },
  countryKey: string,
  rule: string,
  confidence: number,
): void {
  const countryName = context.gazetteer.byId(countryKey)?.nameEn ?? idSlug(countryKey);
  const name = `Government of ${countryName}`;
  context.book.add({
    ...span,
    kind: 'Organization',
    subKind: 'government',
    key: `org:government-of-${idSlug(countryKey)}`,
    name,
    nameEn: name,
    rule,
    confidence,
    countryKey,
  });
}

/** The owner written before an office: `Rwanda’s`, `Rwandan`, or `Rwanda` (`Rwanda Embassy`). */
function ownerBefore(context: EnglishContext, index: number): CountryTie | undefined {
  const tie = countryBefore(context, index);
  if (tie) return tie;
  const previous = context.doc.tokens[index - 1];
  const country = previous && context.book.overlapping(previous.start, previous.end, ['Country'])[0];
  if (!country || country.end !== previous.end || !isCapitalised(context.doc.tokens[index])) return undefined;
  return {
    key: country.key,
    span: context.doc.span(country.start, country.end),
    from: context.doc.tokenFrom(country.start),
    to: index,
  };
}

function add(context: EnglishContext, mention: NameMention): void {
  if (context.book.overlapping(mention.start, mention.end, ['Organization']).length > 0) return;
  context.book.add(mention);
}

/** `ministry of education` → `Ministry of education`: the office word as a proper name. */
function capitaliseHead(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

const PORTFOLIOS: Record<string, string> = {
  foreign: 'Foreign Affairs',
  finance: 'Finance',
  trade: 'Trade',
  health: 'Health',
  education: 'Education',
  defence: 'Defence',
  defense: 'Defence',
  agriculture: 'Agriculture',
  energy: 'Energy',
  infrastructure: 'Infrastructure',
  justice: 'Justice',
  environment: 'Environment',
  tourism: 'Tourism',
  ict: 'ICT',
};

/** `the two finance ministries`: one ministry of that portfolio for each of the two countries. */
function findTwoMinistries(context: EnglishContext, index: number): void {
  const { doc } = context;
  const { tokens } = doc;
  const portfolio = PORTFOLIOS[tokens[index - 1]?.norm ?? ''];
  if (!portfolio || tokens[index - 2]?.norm !== 'two' || tokens[index - 3]?.norm !== 'the') return;
  const span = doc.span(tokens[index - 3]!.start, tokens[index]!.end);
  const name = `Ministry of ${portfolio}`;
  for (const countryKey of mainCountries(context.book)) {
    const countryName = context.gazetteer.byId(countryKey)?.nameEn ?? idSlug(countryKey);
    context.book.add({
      ...span,
      kind: 'Organization',
      subKind: 'ministry',
      key: `org:${idSlug(countryKey)}-${slugOf(name)}`,
      name,
      nameEn: `${name} of ${countryName}`,
      rule: 'en.org.ministry.the-two',
      confidence: 0.6,
      countryKey,
    });
  }
}
