import type { NameKind, TitleMention } from '../analysis';
import type { EnglishContext } from './context';
import { slugOf } from './keys';
import { INITIATIVE_HEADS, ORGANISATION_HEADS } from './lexicon/organisation-words';
import { TITLE_HEADS, TITLE_MODIFIERS } from './lexicon/title-words';
import { readNameRun } from './name-runs';
import { addPerson } from './add-person';
import { linkShortMentions, otherScripts } from './short-mentions';
import { isCalendarWord, isCapitalised, isPunct, NOT_NAMES, wordSet } from './token-tests';
import type { TextSpan } from '../analysis';

/**
 * Names beyond the gazetteer, titles and offices: people after an honorific, people compromise
 * reads, organisations and initiatives named by their head noun, places and organisations
 * compromise reads, other runs of two or more capitalised names (weakly, as people); then later
 * short mentions (`Nurtleu`, `Albuquerque Viana`) take the key of
 * the full name they end, and a name in another script in brackets after a person is theirs.
 */
export function findOtherNames(context: EnglishContext, titles: TitleMention[]): void {
  honorifics(context);
  compromisePeople(context);
  namedByHead(context);
  compromiseOthers(context, context.nlp.places, 'Place', 'place');
  compromiseOthers(context, context.nlp.organizations, 'Organization', 'org');
  capitalisedPeople(context);
  linkShortMentions(context, titles);
  otherScripts(context);
}

const HONORIFICS = wordSet('mr mrs ms dr madam prof');

function honorifics(context: EnglishContext): void {
  const { tokens } = context.doc;
  tokens.forEach((token, index) => {
    if (!HONORIFICS.has(token.norm)) return;
    const start = isPunct(tokens[index + 1], '.') ? index + 2 : index + 1;
    const run = readNameRun(context, start);
    if (run) addPerson(context, run, 'en.name.person.honorific');
  });
}

function compromisePeople(context: EnglishContext): void {
  const { doc, book } = context;
  for (const person of context.nlp.people) {
    let from = doc.tokenFrom(person.start);
    let to = doc.tokenTo(person.end);
    while (from < to && !nameToken(context, from, true)) from++;
    while (to > from && !nameToken(context, to - 1, false)) to--;
    if (to <= from) continue;
    const span = { start: doc.tokens[from]!.start, end: doc.tokens[to - 1]!.end };
    if (book.overlapping(span.start, span.end).length > 0) continue;
    addPerson(
      context,
      { from, to },
      to - from > 1 ? 'en.name.person.compromise' : 'en.name.person.compromise.single',
    );
  }
}

function nameToken(context: EnglishContext, index: number, first: boolean): boolean {
  const token = context.doc.tokens[index]!;
  if (!isCapitalised(token) || isCalendarWord(token)) return false;
  if (TITLE_HEADS.has(token.norm) || TITLE_MODIFIERS.has(token.norm)) return false;
  return !(first && NOT_NAMES.has(token.norm));
}

/** `Rwanda Energy Group`, `Bank of Kigali`, `Kigali Green City Project`. */
function namedByHead(context: EnglishContext): void {
  const { doc, book } = context;
  const { tokens } = doc;
  for (let index = 0; index < tokens.length; index++) {
    if (!isCapitalised(tokens[index]) || NOT_NAMES.has(tokens[index]!.norm)) continue;
    let to = index + 1;
    while (to < tokens.length) {
      if (isCapitalised(tokens[to])) to++;
      else if (wordSet('of and for').has(tokens[to]!.norm) && isCapitalised(tokens[to + 1])) to += 2;
      else if (tokens[to]!.norm === 'of' && tokens[to + 1]?.norm === 'the' && isCapitalised(tokens[to + 2]))
        to += 3;
      else break;
    }
    const run = tokens.slice(index, to);
    const last = run.at(-1)!;
    const kind: NameKind | undefined = INITIATIVE_HEADS.has(last.norm)
      ? 'Initiative'
      : run.some((token) => ORGANISATION_HEADS.has(token.norm))
        ? 'Organization'
        : undefined;
    if (kind && run.length >= 2) {
      const span = doc.span(run[0]!.start, last.end);
      const clash = book.overlapping(span.start, span.end, ['Person', 'Organization', 'Initiative', 'Place']);
      if (clash.length === 0) {
        book.add({
          ...span,
          kind,
          key: `${kind === 'Initiative' ? 'initiative' : 'org'}:${slugOf(span.text)}`,
          name: span.text,
          nameEn: span.text,
          rule: kind === 'Initiative' ? 'en.name.initiative.head-noun' : 'en.name.org.head-noun',
          confidence: 0.6,
        });
      }
    }
    index = to - 1;
  }
}

/** Words that make a capitalised run a place, a building or an event rather than a person. */
const NOT_PERSON_WORDS = wordSet(`
  republic province district region city street avenue road hotel centre center hall house palace
  stadium arena airport lake river mount national international summit forum conference week day
  award cup village museum memorial park square bridge port
`);

/**
 * `Ama Owusu met …`: two to four capitalised words that no other rule read are most often a
 * person in news prose; compromise does not know many African names. Read weakly.
 */
function capitalisedPeople(context: EnglishContext): void {
  const { doc, book } = context;
  const { tokens } = doc;
  const free = (index: number) =>
    isCapitalised(tokens[index]) &&
    /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*$/u.test(tokens[index]!.text) &&
    book.overlapping(tokens[index]!.start, tokens[index]!.end).length === 0;
  for (let index = 0; index < tokens.length; index++) {
    if (!free(index) || !nameToken(context, index, true)) continue;
    let to = index + 1;
    while (to - index < 4 && free(to) && nameToken(context, to, false)) to++;
    const words = tokens.slice(index, to);
    const plain = words.every(
      (token) =>
        !NOT_PERSON_WORDS.has(token.norm) &&
        !ORGANISATION_HEADS.has(token.norm) &&
        !INITIATIVE_HEADS.has(token.norm),
    );
    if (to - index >= 2 && plain) addPerson(context, { from: index, to }, 'en.name.person.capitalised');
    index = to - 1;
  }
}

function compromiseOthers(
  context: EnglishContext,
  spans: readonly TextSpan[],
  kind: NameKind,
  prefix: string,
): void {
  const { doc, book } = context;
  for (const found of spans) {
    let from = doc.tokenFrom(found.start);
    let to = doc.tokenTo(found.end);
    while (from < to && !nameToken(context, from, true)) from++;
    while (to > from && !isCapitalised(doc.tokens[to - 1])) to--;
    if (to <= from) continue;
    const span = doc.span(doc.tokens[from]!.start, doc.tokens[to - 1]!.end);
    if (book.overlapping(span.start, span.end).length > 0 || !slugOf(span.text)) continue;
    // compromise often reads a lone capitalised word as a place (`Marco`, `Department`).
    const previous = doc.tokens[from - 1]?.norm ?? '';
    if (kind === 'Place' && to - from === 1 && !/^(?:in|at|to|from|near|of)$/u.test(previous)) continue;
    book.add({
      ...span,
      kind,
      key: `${prefix}:${slugOf(span.text)}`,
      name: span.text,
      nameEn: span.text,
      rule: `en.name.${prefix}.compromise`,
      confidence: 0.5,
    });
  }
}

/**
 * A sector or topic word inside an office's or a title's name (`Education` in `Ministry of
 * Education`) names the office, not a subject of the article.
 */
export function dropPortfolioWords(context: EnglishContext, titles: readonly TitleMention[]): void {
  const { book } = context;
  const offices = [...book.ofKind('Organization'), ...book.ofKind('Initiative'), ...titles];
  for (const mention of [...book.ofKind('Sector'), ...book.ofKind('Topic')]) {
    if (offices.some((office) => office.start <= mention.start && office.end >= mention.end))
      book.remove(mention);
  }
}
