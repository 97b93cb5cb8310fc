import type { Analysis } from '../analysis';
import type { Gazetteer } from '../lexicon/gazetteer';
import { readWithCompromise } from './compromise';
import type { EnglishContext } from './context';
import { findCounterparts } from './counterparts';
import { findDates } from './dates';
import { EnglishDocument } from './document';
import { findEvents } from './events';
import { findGazetteerNames } from './gazetteer-names';
import { NameBook } from './name-book';
import { dropPortfolioWords, findOtherNames } from './names';
import { findOffices } from './offices';
import { findStatements } from './statements';
import { findTitles } from './titles';

export interface EnglishOptions {
  /** Publication date (YYYY-MM-DD): places weekdays and years the text leaves out. */
  publishedOn?: string;
}

/**
 * Reads an English article into the same Analysis the Kinyarwanda rules produce. Order matters:
 * the gazetteer's names first (it wins on kind and key), then titles with the people they
 * introduce, offices, other names, short mentions linked to full names, dates, what was said,
 * and last the events, which draw on all of it.
 */
export function analyseEnglish(text: string, gazetteer: Gazetteer, options: EnglishOptions = {}): Analysis {
  const doc = new EnglishDocument(text, options.publishedOn);
  const context: EnglishContext = { doc, gazetteer, nlp: readWithCompromise(doc), book: new NameBook() };
  const gazetteerTitles = findGazetteerNames(context);
  const titles = findTitles(context, gazetteerTitles);
  findOffices(context);
  titles.push(...findCounterparts(context, titles));
  findOtherNames(context, titles);
  dropPortfolioWords(context, titles);
  const kept = titles.filter((title) => title.holderKey || !insideOrganisation(context, title));
  const dates = findDates(doc);
  const statements = findStatements(context);
  const events = findEvents(context, kept, dates, statements);
  return {
    language: 'en',
    sentences: doc.sentences,
    tokens: doc.tokens,
    names: context.book.sorted(),
    titles: kept.sort((a, b) => a.start - b.start),
    dates,
    events,
    statements: statements.statements,
  };
}

/** `President` in `the Office of the President` is part of an organisation's name, not a title. */
function insideOrganisation(context: EnglishContext, span: { start: number; end: number }): boolean {
  return context.book
    .overlapping(span.start, span.end, ['Organization', 'Initiative'])
    .some((organisation) => organisation.start <= span.start && organisation.end >= span.end);
}
