import fs from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { locateSpans } from '../ingest/locate-spans';

/**
 * npm run extraction:locate -- data/articles/<id>/extraction.yaml
 * Fills in the offsets of spans written as { text, in: <sentence number> }.
 */
function main(file: string | undefined): void {
  if (!file) throw new Error('usage: npm run extraction:locate -- <path to extraction.yaml>');
  const folder = path.dirname(file);
  const document = parseDocument(fs.readFileSync(file, 'utf8'));
  if (document.errors.length > 0)
    throw new Error(`${file}: ${document.errors.map((e) => e.message).join('\n')}`);
  const articleId = String(document.get('article'));
  const meta = parseDocument(fs.readFileSync(path.join(folder, 'meta.yaml'), 'utf8'));
  if (String(meta.get('id')) !== articleId)
    throw new Error(`${file}: article ${articleId} does not match meta.yaml`);
  const articleText = fs.readFileSync(path.join(folder, String(meta.get('textFile'))), 'utf8');
  const { located, problems } = locateSpans(document, articleText);
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  fs.writeFileSync(file, document.toString({ lineWidth: 0 }));
  console.log(`${file}: located ${located} span(s).`);
}

main(process.argv[2]);
