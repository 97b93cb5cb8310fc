import type { Gazetteer } from '../lexicon/gazetteer';
import type { NlpReading } from './compromise';
import type { EnglishDocument } from './document';
import type { NameBook } from './name-book';

/** What every rule family reads: the document, the gazetteer, compromise's reading, names so far. */
export interface EnglishContext {
  doc: EnglishDocument;
  gazetteer: Gazetteer;
  nlp: NlpReading;
  book: NameBook;
}
