import nlp from 'compromise';
import type { JsonProps } from 'compromise/types/misc';
import type { TextSpan } from '../analysis';
import type { EnglishDocument } from './document';

/**
 * What compromise (https://github.com/spencermountain/compromise) reads in an English text,
 * converted to code point spans. compromise gives UTF-16 offsets per term; a term's offset leaves
 * out the punctuation around it, so a span runs from its first term to the end of its last.
 */
export interface NlpReading {
  people: TextSpan[];
  places: TextSpan[];
  organizations: TextSpan[];
  verbs: NlpVerb[];
}

export interface NlpVerb extends TextSpan {
  // Read lazily (see readWithCompromise).
  /** PastTense, PresentTense, FutureTense, or '' when compromise cannot say. */
  tense: string;
  /** simple-past, simple-future, present-progressive, passive-past… */
  form: string;
  auxiliary: string;
  infinitive: string;
}

interface NlpTerm {
  offset?: { start: number; length: number };
}
interface NlpMatch {
  terms?: NlpTerm[];
  verb?: {
    auxiliary?: string;
    infinitive?: string;
    grammar?: { tense?: string; form?: string };
  };
}

const JSON_OPTIONS = { offset: true, terms: { offset: true } } as JsonProps;

export function readWithCompromise(doc: EnglishDocument): NlpReading {
  const view = nlp(doc.text);
  const spans = (matches: NlpMatch[]): TextSpan[] =>
    matches.map((match) => toSpan(doc, match)).filter((span): span is TextSpan => span !== undefined);
  // A verb's grammar costs compromise a parse per verb; only the verbs near a cue are asked for
  // theirs, so it is read when first needed. Offsets come from one pass over all verbs.
  const verbs = view.verbs();
  const verbSpans = (verbs.toView(null).json(JSON_OPTIONS) as NlpMatch[]).map((match) => toSpan(doc, match));
  return {
    people: spans(view.people().json(JSON_OPTIONS) as NlpMatch[]),
    places: spans(view.places().json(JSON_OPTIONS) as NlpMatch[]),
    organizations: spans(view.organizations().json(JSON_OPTIONS) as NlpMatch[]),
    verbs: verbSpans.flatMap((span, index) =>
      span ? [new LazyVerb(span, () => (verbs.eq(index).json(GRAMMAR_ONLY) as NlpMatch[])[0]?.verb)] : [],
    ),
  };
}

const GRAMMAR_ONLY: JsonProps = { offset: false, text: false, normal: false };

class LazyVerb implements NlpVerb {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  private grammar?: NonNullable<NlpMatch['verb']>;

  constructor(
    span: TextSpan,
    private readonly load: () => NlpMatch['verb'],
  ) {
    ({ start: this.start, end: this.end, text: this.text } = span);
  }

  private read(): NonNullable<NlpMatch['verb']> {
    this.grammar ??= this.load() ?? {};
    return this.grammar;
  }

  get tense(): string {
    return this.read().grammar?.tense ?? '';
  }

  get form(): string {
    return this.read().grammar?.form ?? '';
  }

  get auxiliary(): string {
    return (this.read().auxiliary ?? '').trim();
  }

  get infinitive(): string {
    return this.read().infinitive ?? '';
  }
}

function toSpan(doc: EnglishDocument, match: NlpMatch): TextSpan | undefined {
  const first = match.terms?.[0]?.offset;
  const last = match.terms?.at(-1)?.offset;
  if (!first || !last) return undefined;
  const start = doc.points.fromUtf16(first.start);
  const end = doc.points.fromUtf16(last.start + last.length);
  return end > start ? doc.span(start, end) : undefined;
}
