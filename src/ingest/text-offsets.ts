/**
 * Offsets into article text count Unicode code points, not UTF-16 code units, so they mean the
 * same in every language (Python, Java and JavaScript index strings differently). End offsets are
 * exclusive. These helpers convert between the two.
 */
export class CodePointText {
  private readonly codePoints: string[];
  /** UTF-16 index of each code point, plus one past the end. */
  private readonly utf16Index: number[];

  constructor(readonly text: string) {
    this.codePoints = Array.from(text);
    this.utf16Index = [];
    let index = 0;
    for (const codePoint of this.codePoints) {
      this.utf16Index.push(index);
      index += codePoint.length;
    }
    this.utf16Index.push(index);
  }

  get length(): number {
    return this.codePoints.length;
  }

  /** The text between two code point offsets. */
  slice(start: number, end: number): string {
    return this.codePoints.slice(start, end).join('');
  }

  /** Code point offset of a UTF-16 index (as returned by String.prototype.indexOf). */
  fromUtf16(index: number): number {
    let low = 0;
    let high = this.utf16Index.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.utf16Index[middle]! < index) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** Every code point offset at which `needle` starts. */
  occurrences(needle: string): number[] {
    const found: number[] = [];
    if (needle === '') return found;
    for (let at = this.text.indexOf(needle); at !== -1; at = this.text.indexOf(needle, at + 1)) {
      found.push(this.fromUtf16(at));
    }
    return found;
  }
}
