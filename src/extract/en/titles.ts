import type { TitleMention } from '../analysis';
import type { GazetteerMatch } from '../lexicon/gazetteer';
import { addPerson } from './add-person';
import type { EnglishContext } from './context';
import { countryBefore, ofCountry, type CountryTie } from './country-ties';
import { slugOf } from './keys';
import { PORTFOLIO_JOINERS, TITLE_HEADS, TITLE_LINKS, TITLE_MODIFIERS } from './lexicon/title-words';
import { readNameRun, type TokenRange } from './name-runs';
import { isCapitalised, isPunct, isWord, NAME_PARTICLES } from './token-tests';

/**
 * Titles and the people they introduce. A title is read from the gazetteer or from its grammar
 * (`[modifiers] head [of|for|to Portfolio]`); it is tied to a country only by the words around it
 * (`Kazakhstan’s Foreign Minister`, `Minister of Foreign Affairs of Ghana`, `the Rwandan
 * ambassador`), and to a person only by position: the name right after it (`President Paul
 * Kagame`, `Minister of Trade, Gaspard Ntirenganya,`) or right before it (`X, Rwanda’s Minister…`).
 */

export const COUNTERPART = 'title:counterpart';

interface TitleCore extends TokenRange {
  entryId?: string;
  /** A trailing `of <Country>` read as the country tie, already outside [from, to). */
  tie?: CountryTie;
}

export function findTitles(
  context: EnglishContext,
  gazetteerTitles: readonly GazetteerMatch[],
): TitleMention[] {
  const titles: TitleMention[] = [];
  for (const core of titleCores(context, gazetteerTitles)) {
    const title = readTitle(context, core);
    if (title) titles.push(title);
  }
  return titles;
}

function titleCores(context: EnglishContext, gazetteerTitles: readonly GazetteerMatch[]): TitleCore[] {
  const { tokens } = context.doc;
  const cores: TitleCore[] = [];
  for (let index = 0; index < tokens.length; index++) {
    if (!TITLE_HEADS.has(tokens[index]!.norm)) continue;
    const core = readTitleGrammar(context, index, gazetteerTitles);
    if (core) {
      cores.push(core);
      index = (core.tie?.to ?? core.to) - 1;
    }
  }
  for (const match of gazetteerTitles) {
    if (match.entry.id === COUNTERPART) continue; // read by counterparts.ts
    if (cores.some((core) => core.from < match.to && match.from < (core.tie?.to ?? core.to))) continue;
    const core: TitleCore = { from: match.from, to: match.to, entryId: match.entry.id };
    const tie = ofCountry(context, match.to);
    cores.push(tie ? { ...core, tie } : core);
  }
  return cores.sort((a, b) => a.from - b.from);
}

function readTitleGrammar(
  context: EnglishContext,
  head: number,
  gazetteerTitles: readonly GazetteerMatch[],
): TitleCore | undefined {
  const { tokens } = context.doc;
  let from = head;
  while (from > 0 && isWord(tokens[from - 1]) && TITLE_MODIFIERS.has(tokens[from - 1]!.norm)) from--;
  const capitalised = isCapitalised(tokens[from]);
  const inGazetteer = gazetteerTitles.some((match) => match.from <= head && match.to > head);
  if (!capitalised && !inGazetteer && !countryBefore(context, from)) return undefined;
  const { to, tie } = readComplement(context, head + 1, TITLE_LINKS);
  // `Secretary of State Marco Rubio`: a listed title followed by a name ends where the list says.
  const listed = gazetteerTitles.find((match) => match.from === from && match.to < to);
  if (listed && isCapitalised(tokens[listed.to]) && !PORTFOLIO_JOINERS.has(tokens[listed.to]!.norm)) {
    return { from, to: listed.to };
  }
  return tie ? { from, to, tie } : { from, to };
}

/**
 * What follows a title or an office's head noun: `of|for Portfolio` segments, a posting (`to
 * Japan`, titles only), and a closing `of <Country>`, which is returned as the country tie.
 */
export function readComplement(
  context: EnglishContext,
  index: number,
  links: ReadonlySet<string>,
): { to: number; tie?: CountryTie } {
  const { tokens } = context.doc;
  let to = index;
  while (to < tokens.length && links.has(tokens[to]!.norm)) {
    const start = tokens[to + 1]?.norm === 'the' ? to + 2 : to + 1;
    if (!isCapitalised(tokens[start])) break;
    const country = context.book.startingAt(tokens[start]!.start, ['Country']);
    if (country) {
      const after = context.doc.tokenTo(country.end);
      if (tokens[to]!.norm === 'of') {
        const tie = {
          key: country.key,
          span: context.doc.span(tokens[to]!.start, country.end),
          from: to,
          to: after,
        };
        return { to, tie };
      }
      if (tokens[to]!.norm !== 'to') break;
      to = after; // a posting: Ambassador to Japan
      continue;
    }
    if (context.book.startingAt(tokens[start]!.start, ['Place', 'Organization', 'Initiative'])) break;
    const end = portfolioEnd(context, start);
    if (end === start) break;
    to = end;
  }
  return { to };
}

/** End of a capitalised portfolio (`Foreign Affairs and International Cooperation`). */
function portfolioEnd(context: EnglishContext, start: number): number {
  const { tokens } = context.doc;
  let end = start;
  while (end < tokens.length) {
    const token = tokens[end]!;
    if (isCapitalised(token) && !startsPerson(context, token.start)) {
      end++;
      continue;
    }
    const next = tokens[end + 1];
    if (!PORTFOLIO_JOINERS.has(token.norm) || TITLE_LINKS.has(token.norm) || end === start) break;
    if (!isCapitalised(next) || context.book.startingAt(next.start, ['Country'])) break;
    end++;
  }
  return end;
}

function startsPerson(context: EnglishContext, offset: number): boolean {
  return context.nlp.people.some((person) => person.start === offset);
}

function readTitle(context: EnglishContext, core: TitleCore): TitleMention | undefined {
  const { doc } = context;
  const before = countryBefore(context, core.from);
  const tie = before ?? core.tie;
  const titleText = doc.points.slice(doc.tokens[core.from]!.start, doc.tokens[core.to - 1]!.end);
  const entry = titleEntry(context, core);
  const first = before ? before.from : core.from;
  const last = core.tie ? core.tie.to : core.to;
  const span = doc.span(doc.tokens[first]!.start, doc.tokens[last - 1]!.end);
  const holder = holderAfter(context, last) ?? holderBefore(context, first);
  const source = entry ? 'gazetteer' : 'pattern';
  const confidence = (entry ? 0.9 : 0.75) - (holder ? 0 : 0.05);
  const mention: TitleMention = {
    ...span,
    rule: `en.title.${source}.${holder?.relation ?? 'alone'}`,
    confidence,
    titleId: entry?.id ?? `title:${slugOf(titleText)}`,
    title: titleText,
    titleEn: entry?.nameEn ?? titleText,
    ...(holder ? { holderKey: holder.key } : {}),
    ...(tie ? { countryKey: tie.key, countrySpan: tie.span } : {}),
  };
  return mention;
}

/**
 * The gazetteer's entry for the title words: an exact form, or a listed form followed by `and …`
 * (`Minister of Foreign Affairs and International Cooperation` is the foreign minister).
 */
function titleEntry(context: EnglishContext, core: TitleCore) {
  const tokens = context.doc.tokens.slice(core.from, core.to);
  const [match] = context.gazetteer.find(tokens, 'en', ['Title']);
  if (!match || match.from !== 0) return core.entryId ? context.gazetteer.byId(core.entryId) : undefined;
  // A longer portfolio (`… and International Cooperation`) or a posting (`Ambassador to Ghana`).
  if (match.to === tokens.length || ['and', 'to'].includes(tokens[match.to]!.norm)) return match.entry;
  return undefined;
}

interface Holder {
  key: string;
  relation: 'before-name' | 'apposition' | 'name-before';
}

function holderAfter(context: EnglishContext, index: number): Holder | undefined {
  const { tokens } = context.doc;
  const comma = isPunct(tokens[index], ',');
  const start = comma ? index + 1 : index;
  const run = readNameRun(context, start);
  if (!run) return undefined;
  if (comma && !closesApposition(context, run.to)) return undefined;
  const key = addPerson(context, run, comma ? 'en.name.person.apposition' : 'en.name.person.title');
  return key ? { key, relation: comma ? 'apposition' : 'before-name' } : undefined;
}

function holderBefore(context: EnglishContext, index: number): Holder | undefined {
  const { tokens } = context.doc;
  if (!isPunct(tokens[index - 1], ',')) return undefined;
  let start = index - 1;
  while (start > 0 && (isCapitalised(tokens[start - 1]) || NAME_PARTICLES.has(tokens[start - 1]!.norm)))
    start--;
  for (; start < index - 1; start++) {
    const run = readNameRun(context, start);
    if (!run || run.to !== index - 1) continue;
    const twoWords = run.to - run.from >= 2;
    const span = { start: tokens[run.from]!.start, end: tokens[run.to - 1]!.end };
    const personByNlp = context.nlp.people.some(
      (person) => person.start <= span.start && person.end >= span.end,
    );
    if (!twoWords && !personByNlp) continue;
    const key = addPerson(context, run, 'en.name.person.apposition');
    return key ? { key, relation: 'name-before' } : undefined;
  }
  return undefined;
}

function closesApposition(context: EnglishContext, index: number): boolean {
  const token = context.doc.tokens[index];
  if (!token) return true;
  if (token.type === 'punct') return true;
  return !isCapitalised(token);
}
