import type { DateMention, EventFinding, TitleMention } from '../analysis';
import type { EnglishContext } from './context';
import { findCues, type CueHit } from './event-cues-found';
import { readRoles } from './event-roles';
import { EVENT_FAMILY } from './lexicon/event-cues';
import type { StatementReading } from './statements';
import { readStatus } from './status';

/**
 * Events from their cue words, each with its status, participants, place, time and topics. A
 * cue that points back at an event already found (`The visit followed…`, `The agreement was
 * signed by…`) adds its people, places and topics to that event instead of making a new one. A meeting or talks between ministers is a ministerial meeting.
 */
export function findEvents(
  context: EnglishContext,
  titles: readonly TitleMention[],
  dates: readonly DateMention[],
  statements: StatementReading,
): EventFinding[] {
  const events: EventFinding[] = [];
  const inputs = { titles, dates, attributions: statements.attributions, quotes: statements.quotes };
  for (const hit of findCues(context, statements.quotes)) {
    const back = pointsBack(context, hit, events);
    if (back && !back.adds) continue;
    const earlier = back?.event ?? sameVisit(hit, events);
    const status = readStatus(context, { cue: hit.span, scope: hit.scope, asVerb: hit.asVerb });
    const roles = readRoles(context, hit, inputs, back !== undefined);
    if (status?.rule === 'en.status.rescheduled') {
      const newDate = dates.find((date) => date.start >= status.words.start && date.end <= hit.scope.end);
      if (newDate) roles.time = newDate;
    }
    if (earlier) {
      mergeInto(earlier, roles, status);
      if (SPECIFIC_VISITS.has(hit.cue.kind) && earlier.kind === 'visit') {
        Object.assign(earlier, {
          kind: hit.cue.kind,
          rule: hit.cue.rule,
          confidence: hit.cue.confidence,
          cue: hit.span,
        });
      }
      continue;
    }
    const event: EventFinding = {
      kind: hit.cue.kind,
      rule: hit.cue.rule,
      confidence: hit.cue.confidence,
      cue: hit.span,
      sentence: hit.sentence + 1,
      ...(status ? { status } : {}),
      ...roles,
    };
    events.push(ministerial(event, titles));
  }
  return events;
}

const ANAPHORIC = /^(?:the|this|that)$/u;
const SPECIFIES = /^(?:to|in|of|by|with|between|on|at|from)$/u;
const AGREEMENT_SUBJECT =
  /\b(?:the|this|that) (?:agreement|deal|memorandum(?: of understanding)?|mou|accord|treaty|protocol|convention)s? (?:was|were|has been|had been)\s*$/iu;

/**
 * The event a cue refers back to, if it does. `The agreement was signed by …` adds its signatories
 * to the signing already found; `The visit followed…` or `after the meeting` add nothing.
 */
function pointsBack(
  context: EnglishContext,
  hit: CueHit,
  earlier: readonly EventFinding[],
): { event: EventFinding; adds: boolean } | undefined {
  const { doc } = context;
  const family = EVENT_FAMILY[hit.cue.kind];
  const previousEvent = [...earlier].reverse().find((event) => EVENT_FAMILY[event.kind] === family);
  if (!previousEvent) return undefined;
  const lead = doc.points.slice(Math.max(0, hit.span.start - 60), hit.span.start);
  if (hit.cue.kind === 'agreement_signing' && AGREEMENT_SUBJECT.test(lead))
    return { event: previousEvent, adds: true };
  const previous = doc.tokens[doc.tokenTo(hit.span.start) - 1];
  if (!previous || !ANAPHORIC.test(previous.norm)) return undefined;
  const next = doc.tokens[doc.tokenFrom(hit.span.end)];
  if (next && SPECIFIES.test(next.norm)) return undefined;
  return { event: previousEvent, adds: false };
}

const SPECIFIC_VISITS = new Set(['state_visit', 'working_visit']);

/**
 * `arrived in Kigali … for a state visit`: two visit cues in one sentence are one visit, named by
 * the more specific of them.
 */
function sameVisit(hit: CueHit, earlier: readonly EventFinding[]): EventFinding | undefined {
  if (EVENT_FAMILY[hit.cue.kind] !== 'visit') return undefined;
  return earlier.find((event) => event.sentence === hit.sentence + 1 && EVENT_FAMILY[event.kind] === 'visit');
}

/** What a later reference adds to an event: people, places and topics it did not have. */
function mergeInto(
  event: EventFinding,
  roles: Pick<EventFinding, 'participants' | 'places' | 'topics' | 'time'>,
  status: EventFinding['status'],
): void {
  for (const participant of roles.participants) {
    if (!event.participants.some((known) => known.key === participant.key))
      event.participants.push(participant);
  }
  for (const place of roles.places) {
    if (!event.places.some((known) => known.key === place.key)) event.places.push(place);
  }
  for (const topic of roles.topics) {
    if (!event.topics.some((known) => known.key === topic.key)) event.topics.push(topic);
  }
  if (!event.time && roles.time) event.time = roles.time;
  if (!event.status && status) event.status = status;
}

/** Meetings and talks whose people hold ministers' titles (or are `the two ministers`). */
function ministerial(event: EventFinding, titles: readonly TitleMention[]): EventFinding {
  if (event.kind !== 'meeting' && event.kind !== 'bilateral_talks') return event;
  const people = event.participants.filter((participant) => participant.key.startsWith('person:'));
  const isMinister = (key: string, evidence: string) =>
    /\bministers\b/iu.test(evidence) ||
    titles.some((title) => title.holderKey === key && /minister/iu.test(title.titleId));
  const ministers = people.filter((participant) => isMinister(participant.key, participant.evidence.text));
  if (ministers.length < 2) return event;
  return {
    ...event,
    kind: 'ministerial_meeting',
    rule: `${event.rule}.ministerial`,
    confidence: event.confidence - 0.05,
  };
}
