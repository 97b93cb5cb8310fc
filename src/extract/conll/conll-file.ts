/** A CoNLL file: one token and its tag per line, a blank line between sentences. */
export interface ConllToken {
  text: string;
  tag: string;
}
export type ConllSentence = ConllToken[];

export const NER_TYPES = ['PER', 'ORG', 'LOC', 'DATE'] as const;
export type NerType = (typeof NER_TYPES)[number];

export class ConllFormatError extends Error {
  override readonly name = 'ConllFormatError';
}

/**
 * Reads sentences; the token is the first column and the tag the last, so files with extra
 * columns (part of speech, chunk) read too. `-DOCSTART-` lines are skipped.
 */
export function parseConll(content: string, file = 'the CoNLL file'): ConllSentence[] {
  const sentences: ConllSentence[] = [];
  let current: ConllSentence = [];
  content.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') {
      if (current.length > 0) sentences.push(current);
      current = [];
      return;
    }
    if (line.startsWith('-DOCSTART-')) return;
    const columns = line.trim().split(/\s+/);
    if (columns.length < 2) {
      throw new ConllFormatError(
        `${file} line ${index + 1}: expected a token and a tag, found "${line.trim()}"`,
      );
    }
    const tag = columns.at(-1)!;
    if (!/^(O|[BIE]-[A-Z]+|S-[A-Z]+)$/.test(tag)) {
      throw new ConllFormatError(
        `${file} line ${index + 1}: "${tag}" is not a BIO tag such as B-PER, I-LOC or O`,
      );
    }
    current.push({ text: columns[0]!, tag });
  });
  if (current.length > 0) sentences.push(current);
  return sentences;
}

export function formatConll(sentences: readonly ConllSentence[]): string {
  return (
    sentences
      .map((sentence) => sentence.map((token) => `${token.text} ${token.tag}`).join('\n'))
      .join('\n\n') + '\n'
  );
}

/**
 * The text the tokens came from, as well as it can be rebuilt: tokens joined by spaces, no space
 * after a Kinyarwanda elision (`y’` `u` → `y’u`), one sentence per line. Returns each token's
 * code point offset in it.
 */
export function rebuildText(sentences: readonly ConllSentence[]): { text: string; offsets: number[][] } {
  let text = '';
  let length = 0;
  const offsets: number[][] = [];
  sentences.forEach((sentence, sentenceIndex) => {
    if (sentenceIndex > 0) {
      text += '\n';
      length += 1;
    }
    const starts: number[] = [];
    sentence.forEach((token, index) => {
      const previous = sentence[index - 1];
      if (index > 0 && !/[’']$/.test(previous!.text)) {
        text += ' ';
        length += 1;
      }
      starts.push(length);
      text += token.text;
      length += Array.from(token.text).length;
    });
    offsets.push(starts);
  });
  return { text, offsets };
}
