import type { DraftEventStatus, TextSpan } from '../analysis';
import type { RwDocument } from './document';
import { PhraseIndex } from './phrases';

export interface StatusMarker {
  value: DraftEventStatus;
  from: number;
  to: number;
  confidence: number;
  /** How it was recognised: a listed word, a morphological pattern, or `ari` + infinitive. */
  by: 'word' | 'pattern' | 'progressive';
}

export interface EventStatus {
  value: DraftEventStatus;
  words: TextSpan;
  rule: string;
  confidence: number;
}

/** Markers further than this from a cue (in tokens) are taken to belong to another clause. */
const MAX_DISTANCE = 12;
/** Patterns are weaker evidence than listed words: they must be nearer, and count for less. */
const PATTERN_DISTANCE = 6;
const PATTERN_PENALTY = 0.25;

/**
 * Every word in the text that marks tense or aspect, left to right: listed words first (the
 * longest phrase wins), then the patterns of the regular morphology (future `-za-`, perfective
 * `ya-…-ye`), then the progressive `ari` + infinitive.
 */
export function findStatusMarkers(doc: RwDocument): StatusMarker[] {
  const words = new PhraseIndex(
    doc.cues.status.flatMap((status) => status.words.map((word) => [word, status] as const)),
  );
  const patterns = doc.cues.status.flatMap((status) =>
    status.patterns.map((pattern) => ({ status, pattern: new RegExp(pattern, 'u') })),
  );
  const auxiliaries = new Set(doc.cues.progressiveAuxiliaries);
  const markers: StatusMarker[] = [];
  for (let index = 0; index < doc.tokens.length;) {
    const match = words.matchAt(doc.tokens, index);
    if (match) {
      markers.push({
        value: match.value.value,
        from: index,
        to: match.to,
        confidence: match.value.confidence,
        by: 'word',
      });
      index = match.to;
      continue;
    }
    const key = doc.key(index);
    const next = doc.key(index + 1);
    if (auxiliaries.has(key) && /^(ku|gu|kw|gw)[a-z]{3,}/u.test(next)) {
      markers.push({ value: 'ongoing', from: index, to: index + 2, confidence: 0.7, by: 'progressive' });
      index += 2;
      continue;
    }
    const pattern =
      doc.tokens[index]!.type === 'word' ? patterns.find(({ pattern }) => pattern.test(key)) : undefined;
    if (pattern) {
      markers.push({
        value: pattern.status.value,
        from: index,
        to: index + 1,
        confidence: pattern.status.confidence - PATTERN_PENALTY,
        by: 'pattern',
      });
    }
    index++;
  }
  return markers;
}

/**
 * The status of something said at tokens [from, to): postponement or cancellation anywhere in
 * the sentence wins (`Gahunda y’uruzinduko … yari kugirira … yasubitswe`); otherwise the nearest
 * listed word, then the nearest pattern, on the same side of any quotation mark.
 */
export function statusAt(
  doc: RwDocument,
  markers: readonly StatusMarker[],
  from: number,
  to: number,
): EventStatus | undefined {
  const sentence = doc.sentenceOf[from];
  const quoted = doc.isInQuote(from);
  const candidates = markers.filter(
    (marker) => doc.sentenceOf[marker.from] === sentence && doc.isInQuote(marker.from) === quoted,
  );
  const distance = (marker: StatusMarker): number =>
    marker.from >= to ? marker.from - to : marker.to <= from ? from - marker.to : 0;
  const decisive = candidates.find(
    (marker) => (marker.value === 'postponed' || marker.value === 'cancelled') && marker.by === 'word',
  );
  const nearest = (by: StatusMarker['by'][], limit: number): StatusMarker | undefined =>
    candidates
      .filter((marker) => by.includes(marker.by) && distance(marker) <= limit)
      .sort((a, b) => distance(a) - distance(b) || a.from - b.from)[0];
  const chosen =
    decisive ?? nearest(['word', 'progressive'], MAX_DISTANCE) ?? nearest(['pattern'], PATTERN_DISTANCE);
  if (!chosen) return undefined;
  return {
    value: chosen.value,
    words: doc.tokenSpan(chosen.from, chosen.to),
    rule: `rw.status.${chosen.value}.${chosen.by}${chosen === decisive ? '.sentence' : ''}`,
    confidence: chosen.confidence,
  };
}
