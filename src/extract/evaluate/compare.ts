import { ENTITY_KINDS, NAMED_KINDS, type NamedKind } from '../../graph/model';
import type { Extraction } from '../../ingest/extraction-schema';
import type { DraftExtraction } from '../draft/draft-types';
import { normaliseName } from '../../names/normalise-name';

/** Every kind of named thing is scored. */
export const SCORED_KINDS = NAMED_KINDS;
export type ScoredKind = NamedKind;

/** Counts for one measure: what was predicted, what the gold holds, and what agreed. */
export interface Tally {
  predicted: number;
  gold: number;
  correct: number;
}

export const emptyTally = (): Tally => ({ predicted: 0, gold: 0, correct: 0 });

export function addTally(into: Tally, add: Tally): void {
  into.predicted += add.predicted;
  into.gold += add.gold;
  into.correct += add.correct;
}

interface Named {
  id: string;
  name: string;
  nameEn: string;
  mentions: readonly { start: number; end: number; text: string }[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/**
 * Pairs predicted and gold items of one kind: the same thing if one of their mentions overlap,
 * or if their names are the same once normalised. Each is paired at most once.
 */
export function pairNamed(predicted: readonly Named[], gold: readonly Named[]): Map<string, string> {
  const pairs = new Map<string, string>();
  const used = new Set<string>();
  for (const item of predicted) {
    const names = [item.name, item.nameEn].map(normaliseName);
    const match = gold.find(
      (candidate) =>
        !used.has(candidate.id) &&
        (candidate.mentions.some((mention) => item.mentions.some((own) => overlaps(own, mention))) ||
          [candidate.name, candidate.nameEn].map(normaliseName).some((name) => names.includes(name))),
    );
    if (match) {
      pairs.set(item.id, match.id);
      used.add(match.id);
    }
  }
  return pairs;
}

export function namedOf(extraction: Extraction | DraftExtraction, kind: ScoredKind): Named[] {
  return ((extraction as Record<string, unknown>)[ENTITY_KINDS[kind].section] ?? []) as Named[];
}

/** Event kinds that name the same sort of event at different precision. */
const KIND_FAMILY: Record<string, string> = {
  visit: 'visit',
  state_visit: 'visit',
  working_visit: 'visit',
  meeting: 'meeting',
  ministerial_meeting: 'meeting',
  summit_sideline_meeting: 'meeting',
  bilateral_talks: 'meeting',
};
export const familyOf = (kind: string) => KIND_FAMILY[kind] ?? kind;

type AnyEvent = Extraction['events'][number] | DraftExtraction['events'][number];

/** Pairs events of the same family whose evidence overlaps. */
export function pairEvents(predicted: readonly AnyEvent[], gold: readonly AnyEvent[]): Map<string, string> {
  const pairs = new Map<string, string>();
  const used = new Set<string>();
  for (const event of predicted) {
    const spans = [...event.evidence, ...(event.mentions ?? [])];
    const match = gold.find(
      (candidate) =>
        !used.has(candidate.id) &&
        familyOf(candidate.kind) === familyOf(event.kind) &&
        [...candidate.evidence, ...(candidate.mentions ?? [])].some((span) =>
          spans.some((own) => overlaps(own, span)),
        ),
    );
    if (match) {
      pairs.set(event.id, match.id);
      used.add(match.id);
    }
  }
  return pairs;
}
