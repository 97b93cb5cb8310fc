import type { Analysis } from './analysis';
import { analyseEnglish } from './en/analyse';
import type { Gazetteer, Language } from './lexicon/gazetteer';
import { analyseKinyarwanda } from './rw/analyse';

export type Analyser = (text: string, gazetteer: Gazetteer, options?: { publishedOn?: string }) => Analysis;

/** The rules for each language we draft from. */
export const ANALYSERS: Record<Language, Analyser> = {
  rw: analyseKinyarwanda,
  en: analyseEnglish,
};
