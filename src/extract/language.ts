import { InputTextError } from './input-text';
import type { Language } from './lexicon/gazetteer';
import { tokenize } from './text/tokenize';

/**
 * Very frequent function words of each language we handle. Kinyarwanda's elided particles (w’,
 * y’, n’…) are tokens of their own, which makes them strong evidence.
 */
const FUNCTION_WORDS: Record<Language, ReadonlySet<string>> = {
  rw: new Set(
    'na ya wa za ku mu muri ko ni no kandi ari iyo uyu aba ba bya cy’ w’ y’ n’ z’ by’ b’ rw’ nk’ mw’ ry’ k’ u i byombi zombi hagati'.split(
      ' ',
    ),
  ),
  en: new Set(
    'the of and to in a is was were on for with that by as at from his her their it has have be will said an are this which'.split(
      ' ',
    ),
  ),
};

/** Share of words that must be function words of a language for a text to be taken as it. */
const MINIMUM_SHARE = 0.12;

export interface LanguageGuess {
  language: Language | null;
  shares: Record<Language, number>;
}

/** Which of our languages a text is in, or null when it is neither. */
export function detectLanguage(text: string): LanguageGuess {
  const words = tokenize(text).filter((token) => token.type !== 'punct' && token.type !== 'number');
  const shareOf = (language: Language) =>
    words.length === 0
      ? 0
      : words.filter((word) => FUNCTION_WORDS[language].has(word.norm)).length / words.length;
  const shares = { rw: shareOf('rw'), en: shareOf('en') };
  const [language, share] =
    shares.rw >= shares.en ? (['rw', shares.rw] as const) : (['en', shares.en] as const);
  return { language: share >= MINIMUM_SHARE ? language : null, shares };
}

/** Checks the options and decides the language, refusing clearly what we cannot handle. */
export function chooseLanguage(text: string, requested: string | undefined): Language {
  const guess = detectLanguage(text);
  if (requested !== undefined) {
    if (requested !== 'rw' && requested !== 'en') {
      throw new InputTextError(
        `--language ${requested}: drafts can be made from Kinyarwanda (rw) and English (en) only`,
      );
    }
    return requested;
  }
  if (guess.language === null) {
    throw new InputTextError(
      'the text does not read as Kinyarwanda or English, the languages drafts can be made from ' +
        `(function words: ${Math.round(guess.shares.rw * 100)}% Kinyarwanda, ${Math.round(guess.shares.en * 100)}% English); ` +
        'pass --language rw or --language en if it is one of them',
    );
  }
  return guess.language;
}
