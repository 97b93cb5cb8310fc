import fs from 'node:fs';
import path from 'node:path';
import { readArticleFolder, readYaml } from '../../../src/ingest/article-folder';
import { prepareArticles } from '../../../src/ingest/prepare-article';
import { copyOfSeedArticle } from '../../support/article';

describe('reading an article folder strictly', () => {
  it('when extraction.yaml holds a byte that is not UTF-8, then it is refused with where the byte is', () => {
    const folder = copyOfSeedArticle();
    const file = path.join(folder, 'extraction.yaml');
    const bytes = fs.readFileSync(file);
    const at = bytes.indexOf(Buffer.from('name: Rwanda'));
    const broken = Buffer.concat([bytes.subarray(0, at + 8), Buffer.from([0xff]), bytes.subarray(at + 8)]);
    fs.writeFileSync(file, broken);
    const result = readYaml(file);
    expect(result).toEqual({
      problems: [
        {
          file,
          path: '',
          reason: expect.stringMatching(
            /^the file is not valid UTF-8 \(byte 0xff at offset \d+, line \d+\)$/,
          ),
        },
      ],
    });
    const { prepared, problems } = prepareArticles([folder]);
    expect(prepared).toEqual([]);
    expect(problems[0]?.reason).toMatch(/not valid UTF-8/);
  });

  it('when the text is over the size limit, then the problem gives its size and the limit', () => {
    const folder = copyOfSeedArticle();
    const { problems } = readArticleFolder(folder, 1_000);
    expect(problems).toEqual([
      {
        file: path.join(folder, 'article.rw.txt'),
        path: '',
        reason: expect.stringMatching(
          /^the text is \d+ bytes, over the limit of 1000 bytes \(ARTICLE_MAX_BYTES\)$/,
        ),
      },
    ]);
    expect(prepareArticles([folder], { maxTextBytes: 1_000 }).prepared).toEqual([]);
    expect(readArticleFolder(folder).problems).toEqual([]);
  });
});
