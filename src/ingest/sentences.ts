import { CodePointText } from './text-offsets';

export interface SentenceSpan {
  /** 1-based position in the article. */
  index: number;
  /** 1-based paragraph (line) number. */
  paragraph: number;
  /** Code point offsets, end exclusive. */
  start: number;
  end: number;
  text: string;
}

/**
 * A sentence ends at . ! or ?, optionally followed by closing quotes, where white space and then
 * a capital letter or an opening quote follow. Paragraphs (lines) always end a sentence. This fits
 * news prose in Kinyarwanda and English: decimal numbers have no space after the point, and the
 * abbreviations English news puts before a name (Mr., Dr., U.S.) do not end a sentence.
 */
const SENTENCE_END = /[.!?][”’"')\]]*(?=\s+[“"‘'(\p{Lu}])/gu;
const ABBREVIATION_BEFORE = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Col|Amb|Hon|Rev)|\b(?:[A-Z]\.)+[A-Z])$/;

export function splitSentences(text: string): SentenceSpan[] {
  const whole = new CodePointText(text);
  const sentences: SentenceSpan[] = [];
  let paragraphStart = 0; // UTF-16 index
  text.split('\n').forEach((paragraph, paragraphIndex) => {
    let sentenceStart = 0;
    const ends = [...paragraph.matchAll(SENTENCE_END)]
      .filter(
        (match) =>
          match[0].startsWith('.') === false || !ABBREVIATION_BEFORE.test(paragraph.slice(0, match.index)),
      )
      .map((match) => match.index + match[0].length);
    for (const end of [...ends, paragraph.length]) {
      const raw = paragraph.slice(sentenceStart, end);
      const leading = raw.length - raw.trimStart().length;
      const content = raw.trim();
      if (content !== '') {
        const start = whole.fromUtf16(paragraphStart + sentenceStart + leading);
        sentences.push({
          index: sentences.length + 1,
          paragraph: paragraphIndex + 1,
          start,
          end: start + Array.from(content).length,
          text: content,
        });
      }
      sentenceStart = end;
    }
    paragraphStart += paragraph.length + 1;
  });
  return sentences;
}
