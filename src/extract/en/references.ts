import type { NameMention, TextSpan } from '../analysis';
import type { EnglishContext } from './context';
import { mainCountries } from './main-countries';

/**
 * Words that point back at people or countries named earlier: `she`, `he`, `the two`, `the two
 * ministers`, `both countries`. Resolution is by recency and is marked with lower confidence.
 */
export interface Reference {
  keys: string[];
  evidence: TextSpan;
  /** person or country */
  of: 'Person' | 'Country';
}

const PRONOUN = /\b(?:she|he)\b/giu;
const PEOPLE_NOUNS = 'ministers|leaders|officials|envoys|presidents|heads of state|diplomats|delegations';
const THE_TWO_PEOPLE = new RegExp(
  `\\b(?:(?:the two|both) (?:${PEOPLE_NOUNS})|the two(?= (?:\\w+ed|met|said|spoke|held|will|agreed|also)\\b))\\b`,
  'giu',
);
const THE_TWO_COUNTRIES = /\b(?:the two|both) (?:countries|nations|states|sides)\b|\bbilateral\b/giu;

/** References inside a code point range of the text. */
export function findReferences(context: EnglishContext, start: number, end: number): Reference[] {
  const { doc, book } = context;
  const text = doc.points.slice(start, end);
  const offset = (utf16: number) => start + Array.from(text.slice(0, utf16)).length;
  const references: Reference[] = [];
  const people = book.ofKind('Person').sort((a, b) => a.start - b.start);
  for (const match of text.matchAll(PRONOUN)) {
    const at = offset(match.index);
    const person = lastPeople(people, at, 1);
    if (person.length === 1)
      references.push({ keys: person, evidence: doc.span(at, at + match[0].length), of: 'Person' });
  }
  for (const match of text.matchAll(THE_TWO_COUNTRIES)) {
    if (match[0].toLowerCase() === 'bilateral') continue;
    const at = offset(match.index);
    const countries = mainCountries(book);
    if (countries.length === 2)
      references.push({
        keys: countries,
        evidence: doc.span(at, at + Array.from(match[0]).length),
        of: 'Country',
      });
  }
  for (const match of text.matchAll(THE_TWO_PEOPLE)) {
    const at = offset(match.index);
    const two = lastPeople(people, at, 2);
    if (two.length === 2)
      references.push({ keys: two, evidence: doc.span(at, at + Array.from(match[0]).length), of: 'Person' });
  }
  return references;
}

/** The last `count` distinct people named before an offset, most recent first. */
function lastPeople(people: readonly NameMention[], before: number, count: number): string[] {
  const keys: string[] = [];
  for (let index = people.length - 1; index >= 0 && keys.length < count; index--) {
    const person = people[index]!;
    if (person.end <= before && !keys.includes(person.key)) keys.push(person.key);
  }
  return keys;
}
