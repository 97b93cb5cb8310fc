import fs from 'node:fs';
import { readArticleFolder, readYaml } from '../../../src/ingest/article-folder';
import { prepareArticles } from '../../../src/ingest/prepare-article';
import { validateExtraction } from '../../../src/ingest/validate-extraction';
import { copyOfSeedArticle, SEED_ARTICLE_FOLDER, seedExtraction } from '../../support/article';

function validate(edit: (extraction: Record<string, any>) => void) {
  const { source } = readArticleFolder(SEED_ARTICLE_FOLDER);
  const extraction = seedExtraction() as Record<string, any>;
  edit(extraction);
  return validateExtraction(extraction, source!, 'extraction.yaml');
}

describe('validateExtraction', () => {
  it('when given the committed extraction of the seed article, then it finds no problem', () => {
    const result = validate(() => undefined);
    expect(result.problems).toEqual([]);
    expect(result.valid?.kinds.get('country:rwanda')).toBe('Country');
  });

  it('when a span offset is wrong, then the problem names the path and what the text really says', () => {
    const { problems } = validate((e) => {
      e.countries[0].mentions[0].start += 1;
      e.countries[0].mentions[0].end += 1;
    });
    expect(problems).toEqual([
      {
        file: 'extraction.yaml',
        path: 'countries.0.mentions.0',
        reason: expect.stringMatching(/^the article has " Rwanda." at 226-234, not "u Rwanda"$/),
      },
    ]);
  });

  it('when a span runs past the end of the article, then that is reported', () => {
    const { problems } = validate((e) => {
      e.people[0].mentions[0] = { start: 2540, end: 2600, text: 'x' };
    });
    expect(problems[0]?.reason).toMatch(/past the end of the article \(2548 characters\)/);
  });

  it('when a reference dangles or points at the wrong kind, then each is reported', () => {
    const { problems } = validate((e) => {
      e.events[0].participants[0].actor = 'person:nobody';
      e.facts[0].to = 'country:rwanda';
    });
    expect(problems.map((p) => [p.path, p.reason])).toEqual([
      ['events.0.participants.0.actor', 'refers to person:nobody, which is not defined in this file'],
      ['facts.0.to', 'refers to country:rwanda, a Country; expected Position'],
    ]);
  });

  it('when a date does not parse, then the time value is reported', () => {
    const { problems } = validate((e) => {
      e.events[1].time.value = '2025-02-30';
    });
    expect(problems).toEqual([
      {
        file: 'extraction.yaml',
        path: 'events.1.time.value',
        reason: '"2025-02-30" is not a calendar date (YYYY-MM-DD)',
      },
    ]);
  });

  it('when an id is used twice, then the second is reported as a duplicate', () => {
    const { problems } = validate((e) => {
      e.people[1].id = 'person:paul-kagame';
    });
    expect(problems.map((p) => p.reason)).toContain('duplicate id person:paul-kagame');
  });

  it('when background knowledge has no source or an article fact has no evidence, then the schema refuses it', () => {
    const { problems } = validate((e) => {
      const background = e.facts.find((f: any) => f.basis === 'background');
      delete background.source;
      delete e.facts[0].evidence;
    });
    expect(problems.map((p) => p.reason)).toEqual(
      expect.arrayContaining([
        'background knowledge needs its source',
        'a fact from the article needs evidence spans',
      ]),
    );
  });

  it('when an inferred year has no inference, or a key is unknown, then both are reported', () => {
    const { problems } = validate((e) => {
      delete e.events[0].time.inference;
      e.events[0].colour = 'blue';
    });
    expect(problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(['events.0.time.inference', 'events.0']),
    );
  });

  it('when a relation id does not follow its countries, then the expected id is named', () => {
    const { problems } = validate((e) => {
      e.relations[0].id = 'relation:rwanda--kazakhstan';
    });
    expect(problems.map((p) => p.reason)).toContain(
      'expected relation:kazakhstan--rwanda for these two countries',
    );
  });
});

describe('prepareArticles on files', () => {
  it('when one file has several problems of different kinds, then one report lists every one with its file', () => {
    const folder = copyOfSeedArticle((e) => {
      e.countries[0].mentions[0].start = 0; // wrong offset
      e.statements[0].speaker = 'person:ghost'; // dangling reference
      e.events[2].time.value = '2024-13'; // bad date
    });
    try {
      const { prepared, problems } = prepareArticles([folder]);
      expect(prepared).toEqual([]);
      expect(problems.map((p) => p.path).sort()).toEqual([
        'countries.0.mentions.0',
        'events.2.time.value',
        'statements.0.speaker',
      ]);
      expect(new Set(problems.map((p) => p.file))).toEqual(new Set([`${folder}/extraction.yaml`]));
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it('when the YAML does not parse, then the problem gives the line', () => {
    const folder = copyOfSeedArticle();
    fs.writeFileSync(`${folder}/extraction.yaml`, 'article: [unclosed\n');
    try {
      const result = readYaml(`${folder}/extraction.yaml`);
      expect('problems' in result && result.problems[0]?.reason).toMatch(/^YAML syntax: .*\(line \d+\)$/);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it('when the article text is not NFC, then the article folder is refused', () => {
    const folder = copyOfSeedArticle();
    fs.writeFileSync(`${folder}/article.rw.txt`, 'Tu\u0308rkiye');
    try {
      expect(readArticleFolder(folder).problems.map((p) => p.reason)).toEqual([
        'the text is not in Unicode NFC',
      ]);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
