import type { TextSpan } from '../analysis';
import type { Gazetteer } from '../lexicon/gazetteer';
import { splitSentences, type SentenceSpan } from '../../ingest/sentences';
import { CodePointText } from '../../ingest/text-offsets';
import { tokenize, type Token } from '../text/tokenize';
import type { RwCues } from './cues';
import { tokenKey } from './phrases';

/**
 * One article as the rules see it: its tokens, its sentences, which sentence each token is in,
 * and where direct quotes are. Built once; every rule family reads it.
 */
export class RwDocument {
  readonly tokens: Token[];
  readonly sentences: SentenceSpan[];
  /** 1-based sentence index of each token. */
  readonly sentenceOf: number[];
  /** Token ranges [from, to) of each sentence, by 1-based index (0 unused). */
  readonly sentenceTokens: { from: number; to: number }[];
  /** Token ranges [from, to) inside quotation marks, the marks excluded. */
  readonly quotes: { open: number; close: number }[];
  private readonly codePoints: CodePointText;
  private readonly inQuote: boolean[];
  private readonly startIndex = new Map<number, number>();
  private readonly endIndex = new Map<number, number>();

  constructor(
    readonly text: string,
    readonly gazetteer: Gazetteer,
    readonly cues: RwCues,
  ) {
    this.codePoints = new CodePointText(text);
    this.tokens = tokenize(text);
    this.sentences = splitSentences(text);
    this.sentenceOf = new Array<number>(this.tokens.length).fill(0);
    this.sentenceTokens = [{ from: 0, to: 0 }];
    let index = 0;
    for (const sentence of this.sentences) {
      while (index < this.tokens.length && this.tokens[index]!.start < sentence.start) index++;
      const from = index;
      while (index < this.tokens.length && this.tokens[index]!.start < sentence.end) {
        this.sentenceOf[index] = sentence.index;
        index++;
      }
      this.sentenceTokens.push({ from, to: index });
    }
    this.tokens.forEach((token, at) => {
      this.startIndex.set(token.start, at);
      this.endIndex.set(token.end, at + 1);
    });
    this.quotes = findQuotes(this.tokens);
    this.inQuote = new Array<boolean>(this.tokens.length).fill(false);
    for (const quote of this.quotes) {
      for (let at = quote.open + 1; at < quote.close; at++) this.inQuote[at] = true;
    }
  }

  /** The text between two code point offsets, as a span. */
  span(start: number, end: number): TextSpan {
    return { start, end, text: this.codePoints.slice(start, end) };
  }

  /** The span covering tokens [from, to). */
  tokenSpan(from: number, to: number): TextSpan {
    return this.span(this.tokens[from]!.start, this.tokens[to - 1]!.end);
  }

  /** The token range [from, to) a span covers, when it starts and ends on token edges. */
  tokenRange(span: { start: number; end: number }): { from: number; to: number } | undefined {
    const from = this.startIndex.get(span.start);
    const to = this.endIndex.get(span.end);
    return from === undefined || to === undefined ? undefined : { from, to };
  }

  key(index: number): string {
    const token = this.tokens[index];
    return token ? tokenKey(token) : '';
  }

  isInQuote(index: number): boolean {
    return this.inQuote[index] ?? false;
  }

  /** Whether the token starts with a capital letter, as names do. */
  isCapitalised(index: number): boolean {
    const token = this.tokens[index];
    return !!token && token.type === 'word' && /^\p{Lu}/u.test(token.text);
  }

  isPunct(index: number, chars?: string): boolean {
    const token = this.tokens[index];
    return !!token && token.type === 'punct' && (!chars || chars.includes(token.text));
  }
}

const OPENING = '“"«‘';
const CLOSING = '”"»’';

/**
 * Quotation marks pair up left to right: “ with ”, « with », and a straight " with the next
 * straight ". A quote left open runs to the end of the text rather than being dropped, so
 * its words are still kept apart from the narration. Elision apostrophes never reach here: the
 * tokenizer keeps them inside their tokens.
 */
function findQuotes(tokens: readonly Token[]): { open: number; close: number }[] {
  const quotes: { open: number; close: number }[] = [];
  let open: number | undefined;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.type !== 'punct') continue;
    if (open === undefined) {
      if (OPENING.includes(token.text) && token.text !== '’') open = index;
    } else if (CLOSING.includes(token.text) && token.text !== '‘') {
      quotes.push({ open, close: index });
      open = undefined;
    }
  }
  if (open !== undefined) quotes.push({ open, close: tokens.length });
  return quotes;
}
