import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../../../../src/project-root';
import { analyse } from './analyse-helper';

const FIXTURES = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'articles');
const articles = fs
  .readdirSync(FIXTURES)
  .filter((name) => name.startsWith('rw-') && fs.existsSync(path.join(FIXTURES, name, 'extraction.yaml')));

describe.each(articles)('the Kinyarwanda test article %s', (name) => {
  const dir = path.join(FIXTURES, name);
  const text = fs.readFileSync(path.join(dir, 'article.rw.txt'), 'utf8');
  const meta = parse(fs.readFileSync(path.join(dir, 'meta.yaml'), 'utf8'));
  const gold = parse(fs.readFileSync(path.join(dir, 'extraction.yaml'), 'utf8'));
  const analysis = analyse(text, meta.publishedOn ? { publishedOn: String(meta.publishedOn) } : {});
  const keys = (kind: string) => new Set(analysis.names.filter((n) => n.kind === kind).map((n) => n.key));

  it('when analysed, then every gold country is found', () => {
    const found = keys('Country');
    for (const country of gold.countries ?? [])
      expect([country.id, found.has(country.id)]).toEqual([country.id, true]);
  });

  it('when analysed, then every gold person is found under the same key', () => {
    const found = keys('Person');
    for (const person of gold.people ?? [])
      expect([person.id, found.has(person.id)]).toEqual([person.id, true]);
  });
});
