import { CodePointText } from '../../../src/ingest/text-offsets';

describe('CodePointText', () => {
  const text = new CodePointText('a😀b’c😀b');

  it('when the text has characters outside the BMP, then offsets count code points, not UTF-16 units', () => {
    expect(text.length).toBe(7);
    expect(text.slice(1, 3)).toBe('😀b');
  });

  it('when a needle occurs twice, then both code point offsets are found', () => {
    expect(text.occurrences('😀b')).toEqual([1, 5]);
    expect(text.occurrences('zzz')).toEqual([]);
  });

  it('when a UTF-16 index is converted, then it lands on the code point that starts there', () => {
    expect(text.fromUtf16('a😀b'.length)).toBe(3);
  });
});
