import fs from 'node:fs';
import { ANALYSERS } from '../extract/analysers';
import { parseConll, rebuildText } from '../extract/conll/conll-file';
import { scoreNer } from '../extract/conll/score';
import { tagTokens } from '../extract/conll/tag';
import { gazetteer } from '../extract/extract-article';
import { chooseLanguage } from '../extract/language';
import { scoreTable } from '../extract/evaluate/report';
import { exitOnError } from './fail';

/**
 * npm run eval:ner -- <file.conll> [--language rw|en] — tags the tokens of a CoNLL file with
 * our rules and scores them against the file's own tags: entity-level exact match per type
 * (PER, ORG, LOC, DATE) and overall, as conlleval and seqeval compute it.
 */
function main(args: string[]): void {
  const file = args.find((arg) => !arg.startsWith('--'));
  const languageIndex = args.indexOf('--language');
  const requested = languageIndex >= 0 ? args[languageIndex + 1] : undefined;
  if (!file) throw new Error('usage: npm run eval:ner -- <file.conll> [--language rw|en]');
  if (!fs.existsSync(file)) throw new Error(`${file} does not exist`);
  const gold = parseConll(fs.readFileSync(file, 'utf8'), file);
  const { text, offsets } = rebuildText(gold);
  const language = chooseLanguage(text, requested);
  const predicted = tagTokens(ANALYSERS[language](text, gazetteer()), gold, offsets);
  const { byType, overall } = scoreNer(gold, predicted);
  const tokens = gold.reduce((sum, sentence) => sum + sentence.length, 0);
  console.log(`${file}: ${gold.length} sentences, ${tokens} tokens, language ${language}\n`);
  console.log(scoreTable([...Object.entries(byType), ['overall', overall]]));
}

try {
  main(process.argv.slice(2));
} catch (error) {
  if (error instanceof Error && ['ConllFormatError', 'InputTextError'].includes(error.name)) {
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
  exitOnError(error);
}
