import { parseDocument } from 'yaml';
import { locateSpans } from '../../../src/ingest/locate-spans';

const article = 'Kazakhstan na Kazakhstan. U Rwanda na Kazakhstan.';

describe('locateSpans', () => {
  it('when a span gives text and a sentence, then it gets code point offsets in that sentence', () => {
    const document = parseDocument(
      'mentions:\n  - { text: Kazakhstan, in: 2 }\n  - { text: Kazakhstan, in: 1, occurrence: 2 }\n',
    );
    const { located, problems } = locateSpans(document, article);
    expect(problems).toEqual([]);
    expect(located).toBe(2);
    expect(document.toJS()).toEqual({
      mentions: [
        { start: 38, end: 48, text: 'Kazakhstan' },
        { start: 14, end: 24, text: 'Kazakhstan' },
      ],
    });
  });

  it('when the text is not in the named sentence, then the problem says how often it occurs there', () => {
    const document = parseDocument(
      'countries:\n  - id: country:rwanda\n    mentions: [{ text: Rwanda, in: 1 }]\n',
    );
    expect(locateSpans(document, article).problems).toEqual([
      'country:rwanda: "Rwanda" occurs 0 time(s) in sentence 1',
    ]);
  });
});
