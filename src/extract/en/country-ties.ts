import type { TextSpan } from '../analysis';
import type { EnglishContext } from './context';
import { demonymCountry } from './lexicon/demonyms';
import { isCapitalised, isPossessive } from './token-tests';

/**
 * The words that tie an office or a title to a country: `Rwanda’s`, `Rwandan`, `of Ghana`. Only
 * these make a title or an office a country's.
 */

/** Words that may stand between a country and its office: `Senegal’s new ambassador`. */
const BETWEEN_OWNER_AND_OFFICE = new Set([
  'new',
  'incoming',
  'outgoing',
  'former',
  'current',
  'newly',
  'appointed',
]);

export interface CountryTie {
  key: string;
  span: TextSpan;
  /** Token range of the tie. */
  from: number;
  to: number;
}

/** `of <Country>` (or `of the <Country>`) starting at a token. */
export function ofCountry(context: EnglishContext, index: number): CountryTie | undefined {
  const { tokens } = context.doc;
  if (tokens[index]?.norm !== 'of') return undefined;
  const start = tokens[index + 1]?.norm === 'the' ? index + 2 : index + 1;
  const country = tokens[start] && context.book.startingAt(tokens[start]!.start, ['Country']);
  if (!country) return undefined;
  return {
    key: country.key,
    span: context.doc.span(tokens[index]!.start, country.end),
    from: index,
    to: context.doc.tokenTo(country.end),
  };
}

/** `<Country>’s`, a demonym (`Rwandan`) or the bare name (`U.S. Secretary`) right before a token. */
export function countryBefore(context: EnglishContext, at: number): CountryTie | undefined {
  const { tokens } = context.doc;
  let index = at;
  while (index > 0 && BETWEEN_OWNER_AND_OFFICE.has(tokens[index - 1]!.norm)) index--;
  const previous = tokens[index - 1];
  if (isPossessive(previous)) {
    const country = context.book.overlapping(previous!.start - 1, previous!.start, ['Country'])[0];
    if (country && country.end === previous!.start) {
      return {
        key: country.key,
        span: context.doc.span(country.start, previous!.end),
        from: context.doc.tokenFrom(country.start),
        to: at,
      };
    }
  }
  for (const width of [2, 1]) {
    const words = tokens.slice(index - width, index);
    if (words.length !== width || !words.every((token) => isCapitalised(token))) continue;
    const key = demonymCountry(words.map((token) => token.text).join(' '));
    if (key && context.gazetteer.byId(key)) {
      return {
        key,
        span: context.doc.span(words[0]!.start, words.at(-1)!.end),
        from: index - width,
        to: at,
      };
    }
  }
  // `U.S. Secretary of State`, `Rwanda Embassy`: the country's name used as a modifier.
  const country = previous && context.book.overlapping(previous.start, previous.end, ['Country'])[0];
  if (country && country.end === previous!.end && isCapitalised(tokens[at])) {
    return {
      key: country.key,
      span: context.doc.span(country.start, country.end),
      from: context.doc.tokenFrom(country.start),
      to: at,
    };
  }
  return undefined;
}
