import type { NameMention } from '../analysis';
import type { EnglishContext } from './context';
import { slugOf } from './keys';
import type { TokenRange } from './name-runs';

const PERSON_CONFIDENCE: Record<string, number> = {
  'en.name.person.title': 0.9,
  'en.name.person.apposition': 0.85,
  'en.name.person.counterpart': 0.8,
  'en.name.person.honorific': 0.8,
  'en.name.person.compromise': 0.6,
  'en.name.person.compromise.single': 0.5,
  'en.name.person.capitalised': 0.5,
};

/** Records a person named by a run of tokens; returns the key it is known by. */
export function addPerson(context: EnglishContext, run: TokenRange, rule: string): string | undefined {
  const { doc, book } = context;
  const span = doc.span(doc.tokens[run.from]!.start, doc.tokens[run.to - 1]!.end);
  const existing = book.overlapping(span.start, span.end, ['Person'])[0];
  if (existing) return existing.key;
  // A country name the gazetteer read inside the person's name yields to the person.
  for (const inside of book.within(span.start, span.end, ['Country', 'Place'])) book.remove(inside);
  const slug = slugOf(span.text);
  if (!slug) return undefined;
  const mention: NameMention = {
    ...span,
    kind: 'Person',
    key: `person:${slug}`,
    name: span.text,
    nameEn: span.text,
    rule,
    confidence: PERSON_CONFIDENCE[rule] ?? 0.6,
  };
  book.add(mention);
  return mention.key;
}
