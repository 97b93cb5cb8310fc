import type { DraftEventKind, EventFinding } from '../analysis';
import { addOnce } from './event-parts';

/** Kinds that are one thing told in several words: a visit is a visit whatever its cue. */
export const FAMILY: Record<DraftEventKind, string> = {
  visit: 'visit',
  state_visit: 'visit',
  working_visit: 'visit',
  meeting: 'meeting',
  ministerial_meeting: 'meeting',
  bilateral_talks: 'talks',
  phone_call: 'phone_call',
  agreement_signing: 'signing',
  credentials_presentation: 'credentials',
  joint_statement: 'joint_statement',
  international_conference: 'conference',
  diplomatic_relations_established: 'relations',
};
/** Events whose talks and meetings can go on in the next words (`Ibiganiro byibanze ku…`). */
export const CONTINUABLE = new Set(['visit', 'meeting', 'talks', 'phone_call', 'credentials', 'signing']);
/** How many narrative sentences on a continuation may still belong to the last event. */
export const CONTINUATION_REACH = 3;

/**
 * How a cue refers to an event already found:
 * - `anaphora`: a demonstrative before it (`urwo ruzinduko`, `Iki kiganiro`);
 * - `quote`: inside a quote, with the same people (`uruzinduko rwa Perezida Kagame`);
 * - `bare`: no people, places or date of its own (`itariki nshya y’uruzinduko`);
 * - `continuation`: talks or a meeting carried on by the same people, or in the same sentence.
 * Only a continuation adds what its clause says; the others are the event named again
 * elsewhere, where the people and places around belong to something else.
 */
export type Referral = 'anaphora' | 'quote' | 'bare' | 'continuation';

export interface ReferralContext {
  events: readonly EventFinding[];
  last: EventFinding | undefined;
  /** The sentence that last told about `last`, and how many narrative sentences back it is. */
  lastSentence: number;
  reach: number;
  anaphoric: boolean;
  quoted: boolean;
  group: boolean;
  /** The sentence opens with `Nyuma y’…` (after …): what follows is another event. */
  newEvent: boolean;
}

export function referredEvent(
  finding: EventFinding,
  context: ReferralContext,
): { target: EventFinding; how: Referral } | undefined {
  const { events, last, anaphoric, quoted, group } = context;
  const family = FAMILY[finding.kind];
  const sameFamily = [...events].reverse().find((event) => FAMILY[event.kind] === family);
  const people = peopleOf(finding);
  if (anaphoric) {
    const target = sameFamily ?? (last && CONTINUABLE.has(FAMILY[last.kind]) ? last : undefined);
    return target ? { target, how: 'anaphora' } : undefined;
  }
  if (quoted) {
    const target = events.find(
      (event) =>
        FAMILY[event.kind] === family &&
        people.length > 0 &&
        people.every((key) => event.participants.some((p) => p.key === key)),
    );
    return target ? { target, how: 'quote' } : undefined;
  }
  const own = finding.participants.filter((p) => p.role !== 'source');
  if (sameFamily && own.length === 0 && finding.places.length === 0 && !finding.time) {
    return { target: sameFamily, how: 'bare' };
  }
  if (!last || context.reach > CONTINUATION_REACH || !CONTINUABLE.has(FAMILY[last.kind])) return undefined;
  if (context.newEvent) return undefined;
  const sameSentence = context.lastSentence === finding.sentence;
  // Within one sentence an event's parts may differ in tense (`urwo ruzinduko … yari
  // ategerejwe kugirana ibiganiro` in a visit that was postponed); across sentences they may not.
  if (!sameSentence && finding.status && last.status && finding.status.value !== last.status.value)
    return undefined;
  if (finding.time && last.time && finding.time.value !== last.time.value) return undefined;
  const ownPeople = group ? [] : people;
  const lastPeople = peopleOf(last);
  const samePeople = ownPeople.every((key) => lastPeople.includes(key));
  if (family === 'talks' && (samePeople || sameSentence)) return { target: last, how: 'continuation' };
  if (
    CONTINUABLE.has(family) &&
    sameSentence &&
    (FAMILY[last.kind] === family || (samePeople && ownPeople.length > 0))
  ) {
    return { target: last, how: 'continuation' };
  }
  return undefined;
}

export function mergeInto(target: EventFinding, finding: EventFinding, how: Referral): void {
  // A more specific kind of visit named later (`uruzinduko rw’akazi`) is what it was.
  if (target.kind === 'visit' && FAMILY[finding.kind] === 'visit') target.kind = finding.kind;
  if (how !== 'continuation') return;
  for (const participant of finding.participants) addOnce(target.participants, participant);
  for (const place of finding.places)
    if (!target.places.some((p) => p.key === place.key)) target.places.push(place);
  for (const topic of finding.topics)
    if (!target.topics.some((t) => t.key === topic.key)) target.topics.push(topic);
  if (!target.time && finding.time) target.time = finding.time;
  if (!target.status && finding.status) target.status = finding.status;
}

export function peopleOf(event: EventFinding): string[] {
  return event.participants
    .filter((p) => p.key.startsWith('person:') && p.role !== 'source')
    .map((p) => p.key);
}
