import type { Extraction } from '../../ingest/extraction-schema';
import type { DraftExtraction } from '../draft/draft-types';
import { emptyTally, namedOf, pairEvents, pairNamed, SCORED_KINDS, type Tally } from './compare';

export type Measure =
  | `entities: ${(typeof SCORED_KINDS)[number]}`
  | 'mentions'
  | 'events'
  | 'participants with roles'
  | 'event status'
  | 'event dates';

export const MEASURES: readonly Measure[] = [
  ...SCORED_KINDS.map((kind) => `entities: ${kind}` as const),
  'mentions',
  'events',
  'participants with roles',
  'event status',
  'event dates',
];

/** How a draft of one article compares with its gold extraction, measure by measure. */
export function evaluateArticle(draft: DraftExtraction, gold: Extraction): Record<Measure, Tally> {
  const result = Object.fromEntries(MEASURES.map((measure) => [measure, emptyTally()])) as Record<
    Measure,
    Tally
  >;
  const entityPairs = new Map<string, string>();

  for (const kind of SCORED_KINDS) {
    const [predicted, expected] = [namedOf(draft, kind), namedOf(gold, kind)];
    const pairs = pairNamed(predicted, expected);
    pairs.forEach((goldId, draftId) => entityPairs.set(draftId, goldId));
    result[`entities: ${kind}`] = { predicted: predicted.length, gold: expected.length, correct: pairs.size };
    const spanKeys = (items: typeof predicted) =>
      items.flatMap((item) => item.mentions.map((m) => `${kind}|${m.start}|${m.end}`));
    const goldSpans = new Set(spanKeys(expected));
    const draftSpans = spanKeys(predicted);
    result.mentions.predicted += draftSpans.length;
    result.mentions.gold += goldSpans.size;
    result.mentions.correct += draftSpans.filter((key) => goldSpans.has(key)).length;
  }
  // Positions stand for their holders' offices; they are not scored as entities here.
  for (const position of draft.positions) entityPairs.set(position.id, position.id);

  const eventPairs = pairEvents(draft.events, gold.events);
  result.events = { predicted: draft.events.length, gold: gold.events.length, correct: eventPairs.size };
  const goldEvents = new Map(gold.events.map((event) => [event.id, event]));
  const participantsOf = (event: { participants?: readonly { actor: string; role: string }[] | undefined }) =>
    event.participants ?? [];

  result['participants with roles'].gold = gold.events.reduce(
    (sum, event) => sum + participantsOf(event).length,
    0,
  );
  result['event status'].gold = gold.events.length;
  result['event dates'].gold = gold.events.filter((event) => event.time).length;
  for (const event of draft.events) {
    result['participants with roles'].predicted += participantsOf(event).length;
    if (event.status !== 'unknown') result['event status'].predicted += 1;
    if (event.time) result['event dates'].predicted += 1;
    const goldId = eventPairs.get(event.id);
    const match = goldId ? goldEvents.get(goldId) : undefined;
    if (!match) continue;
    const goldParticipants = new Set(participantsOf(match).map((p) => `${p.actor}|${p.role}`));
    result['participants with roles'].correct += participantsOf(event).filter((p) =>
      goldParticipants.has(`${entityPairs.get(p.actor) ?? '?'}|${p.role}`),
    ).length;
    if (event.status === match.status) result['event status'].correct += 1;
    if (
      event.time &&
      match.time &&
      event.time.value === match.time.value &&
      event.time.precision === match.time.precision
    ) {
      result['event dates'].correct += 1;
    }
  }
  return result;
}
