import type { EnglishContext } from './context';
import { TITLE_HEADS, TITLE_MODIFIERS } from './lexicon/title-words';
import { isCalendarWord, isCapitalised, NAME_PARTICLES, NOT_NAMES } from './token-tests';

export interface TokenRange {
  from: number;
  to: number;
}

const MAX_NAME_TOKENS = 5;

/**
 * A person's name starting at a token: capitalised words, with particles such as `al` or `de`
 * between them, up to punctuation or a lower-case word. It does not start on a word that opens
 * sentences (`The`, `In`), a month or weekday, a title word, or a name the gazetteer knows as a
 * country, place or organisation — unless compromise reads a person there.
 */
export function readNameRun(context: EnglishContext, index: number): TokenRange | undefined {
  const { tokens } = context.doc;
  const first = tokens[index];
  if (!isCapitalised(first) || !startsName(context, index)) return undefined;
  let to = index + 1;
  while (to < tokens.length && to - index < MAX_NAME_TOKENS) {
    const token = tokens[to]!;
    if (isCapitalised(token) && !isCalendarWord(token) && !knownNonPerson(context, token.start)) to++;
    else if (NAME_PARTICLES.has(token.norm) && isCapitalised(tokens[to + 1])) to += 2;
    else break;
  }
  return { from: index, to };
}

function startsName(context: EnglishContext, index: number): boolean {
  const token = context.doc.tokens[index]!;
  if (NOT_NAMES.has(token.norm) || isCalendarWord(token)) return false;
  if (TITLE_HEADS.has(token.norm) || TITLE_MODIFIERS.has(token.norm)) return false;
  return !knownNonPerson(context, token.start);
}

/** A country, place or organisation starts here, and compromise does not read a person. */
function knownNonPerson(context: EnglishContext, offset: number): boolean {
  const known = context.book.startingAt(offset, ['Country', 'Place', 'Organization', 'Initiative']);
  if (!known) return false;
  return !context.nlp.people.some(
    (person) => person.start <= offset && person.end >= known.end && person.end > known.end,
  );
}
