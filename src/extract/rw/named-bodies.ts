import type { NameMention } from '../analysis';
import type { RwDocument } from './document';
import { keyFor } from './keys';
import type { NameIndex } from './name-index';
import { LINKERS } from './titles';

const MAX_NAME_WORDS = 5;

/**
 * Bodies named after the noun that says what they are (data/lexicon/rw-cues.yaml, namedBodies):
 * `Umushinga wa Smart Rwanda`, `ikigo Kazakh Invest`, `sosiyete ya Akagera Motors`. A listed
 * initiative keeps its key and grows to include the noun; a listed organisation stays as
 * listed; an unlisted capitalised name becomes a new body, trusted less. Mentions are added to
 * `names` as they are found.
 */
export function findNamedBodies(doc: RwDocument, names: NameIndex): NameMention[] {
  const nouns = new Map(
    doc.cues.namedBodies.flatMap((body) => body.words.map((word) => [word, body] as const)),
  );
  const notNames = new Set(doc.cues.notNames.map((word) => word.toLowerCase()));
  const found: NameMention[] = [];
  for (let index = 0; index < doc.tokens.length; index++) {
    const body = nouns.get(doc.key(index));
    if (!body) continue;
    const from = LINKERS.has(doc.key(index + 1)) ? index + 2 : index + 1;
    const listed = names.at(from, [body.kind]);
    if (listed) {
      if (body.kind === 'Initiative') {
        const span = doc.tokenSpan(index, names.rangeOf(listed).to);
        found.push({ ...listed, ...span, rule: 'rw.initiative.named-project', confidence: 0.9 });
      }
      continue;
    }
    // A name may hold a place (`Green Kigali Hub`) but not a word like `Leta`
    // (`Umushinga wa Leta` is a government project, not one named Leta).
    let to = from;
    while (
      doc.isCapitalised(to) &&
      !notNames.has(doc.key(to)) &&
      !names.at(to, ['Person', 'Organization', 'Initiative']) &&
      to - from < MAX_NAME_WORDS
    ) {
      to++;
    }
    if (to === from) continue;
    const name = doc.tokenSpan(from, to).text;
    const initiative = body.kind === 'Initiative';
    found.push({
      // A project's name includes its noun, as curated extractions write it; an agency's does not.
      ...doc.tokenSpan(initiative ? index : from, to),
      kind: body.kind,
      key: keyFor(body.kind, name),
      name,
      ...(body.subKind ? { subKind: body.subKind } : {}),
      rule: initiative ? 'rw.initiative.named-project' : 'rw.org.named-body',
      confidence: 0.55,
    });
  }
  for (const mention of found) names.add(mention);
  return found;
}
