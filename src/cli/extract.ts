import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatConll, parseConll, rebuildText } from '../extract/conll/conll-file';
import { tagTokens } from '../extract/conll/tag';
import { ANALYSERS } from '../extract/analysers';
import { extractArticle, gazetteer } from '../extract/extract-article';
import { chooseLanguage } from '../extract/language';
import { DEFAULT_MAX_BYTES, InputTextError, readInputText } from '../extract/input-text';
import { exitOnError } from './fail';

const USAGE = `usage: npm run extract -- <text file> [--language rw|en] [--id <article id>] [--published YYYY-MM-DD]
                          [--outlet <name>] [--force] [--max-bytes <n>] [--into <folder>]
       npm run extract -- --conll <file.conll> [--language rw|en] [--out <file>]
  Drafts data/articles/<id>/ from a news text: the text as received, meta.yaml and a draft
  extraction.yaml for an analyst to review (--into puts the folder elsewhere than data/articles).
  --conll tags the tokens of a CoNLL file instead.`;

function main(argv: string[]): void {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      language: { type: 'string' },
      id: { type: 'string' },
      published: { type: 'string' },
      outlet: { type: 'string' },
      force: { type: 'boolean', default: false },
      'max-bytes': { type: 'string' },
      conll: { type: 'string' },
      out: { type: 'string' },
      into: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return console.log(USAGE);
  if (values.conll !== undefined) return tagConll(values.conll, values.language, values.out);
  if (positionals.length !== 1) throw new InputTextError(`give one text file\n${USAGE}`);
  const maxBytes = values['max-bytes'] === undefined ? DEFAULT_MAX_BYTES : Number(values['max-bytes']);
  if (!Number.isInteger(maxBytes) || maxBytes <= 0)
    throw new InputTextError('--max-bytes must be a whole number of bytes');
  const file = positionals[0]!;
  const started = performance.now();
  const text = readInputText(file, maxBytes);
  const { folder, draft } = extractArticle(text, file, {
    ...(values.language ? { language: values.language } : {}),
    ...(values.id ? { id: values.id } : {}),
    ...(values.published ? { publishedOn: values.published } : {}),
    ...(values.outlet ? { outlet: values.outlet } : {}),
    force: values.force,
    ...(values.into ? { articlesRoot: path.resolve(values.into) } : {}),
  });
  const elapsed = performance.now() - started;
  const named = [
    'countries',
    'people',
    'organizations',
    'places',
    'initiatives',
    'sectors',
    'topics',
  ] as const;
  const counts = [
    ...named.map((section) => `${draft[section]?.length ?? 0} ${section}`),
    `${draft.positions.length} positions`,
    `${draft.events.length} events`,
    `${draft.statements?.length ?? 0} statements`,
    `${draft.relations?.length ?? 0} relations`,
    `${draft.facts?.length ?? 0} facts`,
  ];
  const linked = named
    .flatMap((section) => draft[section] ?? [])
    .filter((item) => item.link?.decision === 'existing');
  const relative = path.relative(process.cwd(), folder);
  console.log(`Drafted ${relative} in ${Math.round(elapsed)} ms: ${counts.join(', ')}.`);
  console.log(`${linked.length} names were linked to entities the graph already has; the rest are new.`);
  console.log(
    `Next: review ${path.join(relative, 'extraction.yaml')} (set review: reviewed on what is right), then npm run load -- ${relative}`,
  );
}

/** Tags the tokens of a CoNLL file with our rules, in the same format. */
function tagConll(file: string, requested: string | undefined, out: string | undefined): void {
  if (!fs.existsSync(file)) throw new InputTextError(`${file} does not exist`);
  const sentences = parseConll(fs.readFileSync(file, 'utf8'), file);
  const { text, offsets } = rebuildText(sentences);
  const language = chooseLanguage(text, requested);
  const analysis = ANALYSERS[language](text, gazetteer());
  const tagged = formatConll(tagTokens(analysis, sentences, offsets));
  if (out) fs.writeFileSync(out, tagged);
  else process.stdout.write(tagged);
}

try {
  main(process.argv.slice(2));
} catch (error) {
  if (error instanceof InputTextError || (error instanceof Error && error.name === 'ConllFormatError')) {
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
  if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
    console.error(`\n${error.message}\n${USAGE}\n`);
    process.exit(1);
  }
  exitOnError(error);
}
