import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { InputTextError, readInputText } from '../../../src/extract/input-text';
import { chooseLanguage, detectLanguage } from '../../../src/extract/language';

function fileWith(content: string | Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-input-'));
  const file = path.join(dir, 'article.txt');
  fs.writeFileSync(file, content);
  return file;
}

describe('reading a text to draft', () => {
  it('when the file is a plain UTF-8 text, then it is returned exactly as received', () => {
    const text = 'Perezida yahuye na mugenzi we wa Ghana i Kigali.\n';
    expect(readInputText(fileWith(text))).toBe(text);
  });

  it.each([
    ['empty', '  \n\n', /is empty: there is no text to draft from/],
    [
      'binary',
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14]),
      /looks like a binary file \(it contains NUL bytes\)/,
    ],
    ['invalid UTF-8', Buffer.from([0x52, 0x77, 0xff, 0x61, 0x6e, 0x64, 0x61]), /is not valid UTF-8/],
    ['full of control characters', 'abc\u0001\u0002def', /contains 2 control characters/],
    ['not NFC', 'Tu\u0308rkiye', /is not in Unicode NFC/],
  ])('when the file is %s, then one clear message says so', (_name, content, message) => {
    expect(() => readInputText(fileWith(content))).toThrow(message);
    expect(() => readInputText(fileWith(content))).toThrow(InputTextError);
  });

  it('when the file is over the size limit, then the message gives its size and the limit', () => {
    expect(() => readInputText(fileWith('a'.repeat(101)), 100)).toThrow(
      /is 101 bytes, over the limit of 100 bytes for one article \(--max-bytes raises it\)/,
    );
  });

  it('when the file does not exist, then the message names it', () => {
    expect(() => readInputText('/nonexistent/article.txt')).toThrow(
      '/nonexistent/article.txt does not exist',
    );
  });
});

describe('choosing the language', () => {
  it('when a text is in Kinyarwanda or English, then its function words tell which', () => {
    expect(
      detectLanguage('Minisitiri w’Ububanyi n’Amahanga yahuye na mugenzi we wa Ghana i Kigali.').language,
    ).toBe('rw');
    expect(
      detectLanguage('The foreign minister met his counterpart from Ghana in Kigali on Monday.').language,
    ).toBe('en');
  });

  it('when a text is in another language, then it is refused with a hint', () => {
    expect(() =>
      chooseLanguage('Le ministre a rencontré son homologue ghanéen à Kigali lundi dernier.', undefined),
    ).toThrow(/does not read as Kinyarwanda or English.*pass --language rw or --language en/);
  });

  it('when a language we do not handle is asked for, then it is refused by name', () => {
    expect(() => chooseLanguage('any text', 'fr')).toThrow(
      '--language fr: drafts can be made from Kinyarwanda (rw) and English (en) only',
    );
  });
});
