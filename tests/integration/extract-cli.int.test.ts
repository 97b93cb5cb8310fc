import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { prepareArticles } from '../../src/ingest/prepare-article';
import { PROJECT_ROOT } from '../../src/project-root';

const FIXTURES = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'articles');
const RW_TEXT = path.join(FIXTURES, 'rw-gh-2025-ministers-meeting-kigali', 'article.rw.txt');
const EN_TEXT = path.join(FIXTURES, 'en-rw-jp-2025-working-visit', 'article.en.txt');

/** `npm run extract` as a person runs it, drafting into a folder of the test's own. */
function extract(args: string[]) {
  return spawnSync(
    path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'),
    [path.join(PROJECT_ROOT, 'src', 'cli', 'extract.ts'), ...args],
    {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
}

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'bilateral-ties-extract-'));
}

/** Every object in a parsed YAML value that carries review: draft. */
function drafts(value: unknown): Record<string, unknown>[] {
  if (Array.isArray(value)) return value.flatMap(drafts);
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const own = record['review'] === 'draft' ? [record] : [];
  return [...own, ...Object.values(record).flatMap(drafts)];
}

describe('npm run extract', () => {
  it('when given a Kinyarwanda article, then it writes the text as received, meta.yaml and a draft the loader accepts', () => {
    const into = tempDir();
    const result = extract([
      RW_TEXT,
      '--into',
      into,
      '--id',
      'rw-test-draft',
      '--published',
      '2025-05-27',
      '--outlet',
      'Test outlet',
    ]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Drafted .*rw-test-draft in \d+ ms: \d+ countries, \d+ people/);
    const folder = path.join(into, 'rw-test-draft');
    expect(fs.readFileSync(path.join(folder, 'article.rw.txt'))).toEqual(fs.readFileSync(RW_TEXT));
    const meta = parse(fs.readFileSync(path.join(folder, 'meta.yaml'), 'utf8'));
    expect(meta).toMatchObject({
      id: 'rw-test-draft',
      language: 'rw',
      publishedOn: '2025-05-27',
      outlet: 'Test outlet',
      author: null,
      url: null,
      titleBasis: 'derived',
    });

    const extraction = parse(fs.readFileSync(path.join(folder, 'extraction.yaml'), 'utf8'));
    const drafted = drafts(extraction);
    expect(drafted.length).toBeGreaterThan(10);
    for (const item of drafted) {
      expect(typeof item['rule']).toBe('string');
      expect(item['confidence']).toEqual(expect.any(Number));
    }
    expect(extraction.countries.map((c: { id: string }) => c.id)).toEqual(
      expect.arrayContaining(['country:rwanda', 'country:ghana']),
    );
    expect(extraction.events.length).toBeGreaterThan(0);

    const withDrafts = prepareArticles([folder], { includeDrafts: true });
    expect(withDrafts.problems).toEqual([]);
    const reviewedOnly = prepareArticles([folder]);
    expect(reviewedOnly.problems).toEqual([]);
    expect(reviewedOnly.prepared[0]?.draftsLeftOut).toBeGreaterThan(0);
  });

  it('when given an English article, then the draft is in the same format and loads', () => {
    const into = tempDir();
    const result = extract([EN_TEXT, '--into', into, '--id', 'en-test-draft']);
    expect(result.status).toBe(0);
    const folder = path.join(into, 'en-test-draft');
    expect(fs.existsSync(path.join(folder, 'article.en.txt'))).toBe(true);
    expect(prepareArticles([folder], { includeDrafts: true }).problems).toEqual([]);
  });

  it('when the article folder exists, then it is not overwritten unless --force is given', () => {
    const into = tempDir();
    expect(extract([RW_TEXT, '--into', into, '--id', 'twice']).status).toBe(0);
    const metaFile = path.join(into, 'twice', 'meta.yaml');
    fs.appendFileSync(metaFile, '# reviewed by hand\n');
    const again = extract([RW_TEXT, '--into', into, '--id', 'twice']);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('twice already exists; pass --force to replace it');
    expect(fs.readFileSync(metaFile, 'utf8')).toContain('# reviewed by hand');
    expect(extract([RW_TEXT, '--into', into, '--id', 'twice', '--force']).status).toBe(0);
    expect(fs.readFileSync(metaFile, 'utf8')).not.toContain('# reviewed by hand');
  });

  it.each([
    ['an empty file', '', 'is empty'],
    ['a binary file', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a]), 'looks like a binary file'],
    ['invalid UTF-8', Buffer.from('Perezida \xff Kagame', 'latin1'), 'is not valid UTF-8'],
    [
      'French',
      'Le ministre des affaires étrangères a reçu son homologue à Paris pour parler du commerce.',
      'does not read as Kinyarwanda or English',
    ],
  ])('when given %s, then one clear message is printed and nothing is written', (_name, content, message) => {
    const into = tempDir();
    const file = path.join(tempDir(), 'input.txt');
    fs.writeFileSync(file, content);
    const result = extract([file, '--into', into]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(message);
    expect(fs.readdirSync(into)).toEqual([]);
  });

  it('when the text is over the size limit, then it is refused with the limit and nothing is written', () => {
    const into = tempDir();
    const result = extract([RW_TEXT, '--into', into, '--max-bytes', '100']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/over the limit of 100 bytes/);
    expect(fs.readdirSync(into)).toEqual([]);
  });

  it('when given a CoNLL file, then it writes the same tokens with predicted tags', () => {
    const conll = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'conll', 'rw-sample.conll');
    const out = path.join(tempDir(), 'predicted.conll');
    const result = extract(['--conll', conll, '--out', out]);
    expect(result.status).toBe(0);
    const tokens = (text: string) => text.split('\n').map((line) => line.split(' ')[0]);
    expect(tokens(fs.readFileSync(out, 'utf8'))).toEqual(tokens(fs.readFileSync(conll, 'utf8')));
    expect(fs.readFileSync(out, 'utf8')).toMatch(/ B-LOC\n/);
  });
});
