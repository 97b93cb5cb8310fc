import { distance } from 'fastest-levenshtein';
import { nameWords, normaliseName } from './normalise-name';

/** Something with names to compare against: an entity of the graph, or an article's item. */
export interface NamedCandidate {
  id: string;
  /** People get the name-parts rule; other kinds compare whole names. */
  kind: string;
  names: readonly string[];
}

export interface NameMatch<C extends NamedCandidate = NamedCandidate> {
  candidate: C;
  score: number;
  rule: string;
  /** Another candidate scored as high: the name alone cannot tell them apart. */
  ambiguous?: boolean;
}

/** Below this a candidate is reported to the reviewer but not linked. */
export const LINK_THRESHOLD = 0.8;

/**
 * How well a drafted name matches a known entity of the same kind:
 * - the same name once case, diacritics, elisions and Kinyarwanda particles are set aside: 1;
 * - for people, the same surname with given, middle names or patronymic left out on one side
 *   (`Kagame` / `Paul Kagame`, `Tokayev` / `Kassym-Jomart Tokayev`): 0.9;
 * - a small misspelling (edit distance over length): 1 − d/len, kept when at least 0.8.
 */
export function scoreName<C extends NamedCandidate>(
  draftNames: readonly string[],
  known: C,
): NameMatch<C> | undefined {
  let best: NameMatch<C> | undefined;
  const consider = (score: number, rule: string) => {
    if (!best || score > best.score) best = { candidate: known, score, rule };
  };
  // A person's fullest name decides whether given names conflict: `Marie Kagame` is not the
  // `Kagame` of an article that elsewhere calls him `Paul Kagame`.
  const fullest = [...known.names].sort((a, b) => nameWords(b).length - nameWords(a).length)[0] ?? '';
  for (const draftName of draftNames) {
    const draftNorm = normaliseName(draftName);
    for (const knownName of known.names) {
      const knownNorm = normaliseName(knownName);
      if (draftNorm === knownNorm) consider(1, 'link.same-name');
      else if (known.kind === 'Person' && sameSurname(draftName, fullest))
        consider(0.9, 'link.person.name-parts');
      else {
        const length = Math.max(draftNorm.length, knownNorm.length);
        if (length >= 5) consider(1 - distance(draftNorm, knownNorm) / length, 'link.spelling');
      }
    }
  }
  return best;
}

/** One name's words are all in the other's, and both end with the same surname. */
function sameSurname(a: string, b: string): boolean {
  const [wordsA, wordsB] = [nameWords(a), nameWords(b)];
  if (wordsA.length === 0 || wordsB.length === 0 || wordsA.at(-1) !== wordsB.at(-1)) return false;
  const [shorter, longer] = wordsA.length <= wordsB.length ? [wordsA, wordsB] : [wordsB, wordsA];
  return shorter.every((word) => longer.includes(word));
}
