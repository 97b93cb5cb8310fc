import type { TextSpan } from '../analysis';
import { splitSentences, type SentenceSpan } from '../../ingest/sentences';
import { CodePointText } from '../../ingest/text-offsets';
import { tokenize, type Token } from '../text/tokenize';

/**
 * One English article as every rule family reads it: the text, its tokens and sentences (the
 * same splitter the loader uses, so sentence numbers agree), and lookups between them. All
 * offsets are code points.
 */
export class EnglishDocument {
  readonly points: CodePointText;
  readonly tokens: Token[];
  readonly sentences: SentenceSpan[];
  /** 0-based sentence of each token. */
  private readonly tokenSentence: number[];
  /** Token index by its start offset. */
  private readonly tokenByStart = new Map<number, number>();
  /** First token index of each sentence, plus one past the last token. */
  private readonly sentenceFirstToken: number[];

  constructor(
    readonly text: string,
    readonly publishedOn?: string,
  ) {
    this.points = new CodePointText(text);
    this.tokens = tokenize(text);
    this.sentences = splitSentences(text);
    this.tokenSentence = [];
    this.sentenceFirstToken = [];
    let sentence = 0;
    this.tokens.forEach((token, index) => {
      this.tokenByStart.set(token.start, index);
      while (sentence < this.sentences.length - 1 && token.start >= this.sentences[sentence]!.end) sentence++;
      this.tokenSentence.push(sentence);
    });
    for (let s = 0, t = 0; s <= this.sentences.length; s++) {
      const start = this.sentences[s]?.start ?? Infinity;
      while (t < this.tokens.length && this.tokens[t]!.start < start) t++;
      this.sentenceFirstToken.push(t);
    }
  }

  span(start: number, end: number): TextSpan {
    return { start, end, text: this.points.slice(start, end) };
  }

  /** The sentence holding a code point offset. */
  sentenceAt(offset: number): SentenceSpan | undefined {
    return this.sentences.find((sentence) => offset >= sentence.start && offset < sentence.end);
  }

  /** 0-based sentence position of a token. */
  sentenceOfToken(index: number): number {
    return this.tokenSentence[index] ?? -1;
  }

  /** Token indexes [from, to) of a sentence given by its 0-based position. */
  sentenceTokens(position: number): { from: number; to: number } {
    return { from: this.sentenceFirstToken[position] ?? 0, to: this.sentenceFirstToken[position + 1] ?? 0 };
  }

  /** The token starting at an offset, or the first one after it. */
  tokenFrom(offset: number): number {
    const exact = this.tokenByStart.get(offset);
    if (exact !== undefined) return exact;
    const index = this.tokens.findIndex((token) => token.start >= offset);
    return index === -1 ? this.tokens.length : index;
  }

  /** One past the last token ending at or before an offset. */
  tokenTo(offset: number): number {
    let index = this.tokenFrom(offset);
    while (index > 0 && this.tokens[index - 1]!.end > offset) index--;
    return index;
  }
}
