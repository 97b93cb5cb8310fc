import { parseConll, rebuildText } from '../../../src/extract/conll/conll-file';
import { chunksOf, scoreNer } from '../../../src/extract/conll/score';

const sentence = (tags: string[]) => tags.map((tag, index) => ({ text: `t${index}`, tag }));

describe('CoNLL files', () => {
  it('when a file has sentences separated by blank lines, then tokens and tags are read from the first and last columns', () => {
    const sentences = parseConll('-DOCSTART- O\n\nPerezida O\nKagame B-PER\n\nYes NN O\n');
    expect(sentences).toEqual([
      [
        { text: 'Perezida', tag: 'O' },
        { text: 'Kagame', tag: 'B-PER' },
      ],
      [{ text: 'Yes', tag: 'O' }],
    ]);
  });

  it('when a line has no tag or a tag that is not BIO, then the error names the line', () => {
    expect(() => parseConll('Kagame\n', 'gold.conll')).toThrow(
      'gold.conll line 1: expected a token and a tag',
    );
    expect(() => parseConll('Kagame PERSON\n', 'gold.conll')).toThrow(
      'gold.conll line 1: "PERSON" is not a BIO tag',
    );
  });

  it('when the text is rebuilt, then an elided particle joins the next word and offsets are code points', () => {
    const { text, offsets } = rebuildText([
      [
        { text: 'y’', tag: 'O' },
        { text: 'u', tag: 'B-LOC' },
        { text: 'Rwanda', tag: 'I-LOC' },
      ],
      [
        { text: '𠮷田', tag: 'B-PER' },
        { text: 'said', tag: 'O' },
      ],
    ]);
    expect(text).toBe('y’u Rwanda\n𠮷田 said');
    expect(offsets).toEqual([
      [0, 2, 4],
      [11, 14],
    ]);
  });
});

describe('entity-level scoring as conlleval and seqeval compute it', () => {
  it('when I- follows O, then it starts a chunk, and a type change ends one', () => {
    expect(chunksOf(['O', 'I-PER', 'I-PER', 'B-LOC', 'I-ORG'])).toEqual([
      { type: 'PER', sentence: 0, start: 1, end: 3 },
      { type: 'LOC', sentence: 0, start: 3, end: 4 },
      { type: 'ORG', sentence: 0, start: 4, end: 5 },
    ]);
  });

  it('when a chunk has the wrong boundary, then it counts as both a false positive and a false negative', () => {
    // The example of seqeval's README: MISC is off by one token, PER is right.
    const gold = [
      sentence(['O', 'O', 'O', 'B-MISC', 'I-MISC', 'I-MISC', 'O']),
      sentence(['B-PER', 'I-PER', 'O']),
    ];
    const predicted = [
      sentence(['O', 'O', 'B-MISC', 'I-MISC', 'I-MISC', 'I-MISC', 'O']),
      sentence(['B-PER', 'I-PER', 'O']),
    ];
    const { byType, overall } = scoreNer(gold, predicted);
    expect(byType['MISC']).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    expect(byType['PER']).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(overall).toMatchObject({
      precision: 0.5,
      recall: 0.5,
      f1: 0.5,
      predicted: 2,
      gold: 2,
      correct: 1,
    });
  });

  it('when prediction and gold have different numbers of sentences, then scoring refuses', () => {
    expect(() => scoreNer([sentence(['O'])], [])).toThrow('gold has 1 sentences but the prediction has 0');
  });
});
