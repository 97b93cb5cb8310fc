import { splitSentences } from '../../../src/ingest/sentences';
import { CodePointText } from '../../../src/ingest/text-offsets';
import { seedArticleText } from '../../support/article';

describe('splitSentences', () => {
  const text = seedArticleText();
  const sentences = splitSentences(text);

  it('when given the seed article, then it finds 16 sentences in 11 paragraphs', () => {
    expect(sentences).toHaveLength(16);
    expect(new Set(sentences.map((s) => s.paragraph)).size).toBe(11);
    expect(sentences.filter((s) => s.paragraph === 4).map((s) => s.index)).toEqual([4, 5]);
  });

  it('when a quote holds two sentences, then it splits inside the quote and keeps the closing mark', () => {
    expect(sentences[3]!.text.endsWith('ku mugabane wa Afurika.')).toBe(true);
    expect(sentences[4]!.text.startsWith('Nizeye ko')).toBe(true);
    expect(sentences[4]!.text.endsWith('Kazakhstan.”')).toBe(true);
  });

  it('when sliced at its code point offsets, then the article yields each sentence exactly', () => {
    const article = new CodePointText(text);
    for (const sentence of sentences) expect(article.slice(sentence.start, sentence.end)).toBe(sentence.text);
    expect(sentences.at(-1)!.end).toBe(article.length);
  });

  it('when a full stop is followed by a lower-case word or a digit, then it does not end a sentence', () => {
    expect(splitSentences('Mu 2024. kandi 3.5 ni umubare. Ibindi.').map((s) => s.text)).toEqual([
      'Mu 2024. kandi 3.5 ni umubare.',
      'Ibindi.',
    ]);
  });
});

describe('splitSentences on English abbreviations', () => {
  it('when a title or an initialism with full stops comes before a name, then the sentence goes on', () => {
    const sentences = splitSentences(
      'Mr. Nkusi met Dr. Amani Osei. The U.S. Embassy said so. Talks went on.',
    );
    expect(sentences.map((s) => s.text)).toEqual([
      'Mr. Nkusi met Dr. Amani Osei.',
      'The U.S. Embassy said so.',
      'Talks went on.',
    ]);
  });
});
