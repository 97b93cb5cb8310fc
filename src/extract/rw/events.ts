import type { DraftEventKind, EventFinding, StatementFinding } from '../analysis';
import type { RwDocument } from './document';
import {
  addOnce,
  hostOf,
  participantsIn,
  placesIn,
  timeOf,
  topicsIn,
  type Clause,
  type EventSources,
} from './event-parts';
import { CONTINUABLE, CONTINUATION_REACH, FAMILY, mergeInto, peopleOf, referredEvent } from './event-merge';
import { addImplicitSubject } from './implicit-subject';
import { namedConferences } from './conferences';
import { PhraseIndex } from './phrases';
import { statusAt, type StatusMarker } from './status';

interface Cue {
  kind: DraftEventKind;
  confidence: number;
  requires?: PhraseIndex<true>;
}

const MINISTERIAL = /^title:(minister|deputy-prime-minister|prime-minister)/;
const QUOTE_PENALTY = 0.2;

/**
 * Events from their cue words, with status, time, participants, places and topics read from the
 * clause around the cue. A cue that refers back (`urwo ruzinduko`, `Iki kiganiro`), repeats an
 * event inside a quote, or carries on its talks without new people (`Aba ba Minisitiri
 * baganiriye…`, `Ibiganiro byibanze ku…`) adds to the event it refers to instead of making one.
 */
export function findEvents(
  sources: EventSources,
  markers: readonly StatusMarker[],
  statements: readonly StatementFinding[],
): EventFinding[] {
  const { doc } = sources;
  const cues = new PhraseIndex<Cue>(
    doc.cues.events.flatMap((event) =>
      event.cues.map((cue) => {
        const requires = event.requires ? PhraseIndex.of(event.requires) : undefined;
        return [
          cue,
          { kind: event.kind, confidence: event.confidence, ...(requires ? { requires } : {}) },
        ] as const;
      }),
    ),
  );
  const anaphora = new Set(doc.cues.eventAnaphora);
  const groups = PhraseIndex.of(doc.cues.groupAnaphora);
  const continuation = PhraseIndex.of(doc.cues.continuation);
  const sequence = PhraseIndex.of(doc.cues.sequenceMarkers);
  const events: EventFinding[] = [];
  /** The last sentence that told something about each event, continuations included. */
  const touched = new Map<EventFinding, number>();
  let last: EventFinding | undefined;
  const bySentence = new Map<number, { from: number; to: number; value: Cue }[]>();
  for (const match of cues.findAll(doc.tokens)) {
    const sentence = doc.sentenceOf[match.from]!;
    if (match.value.requires && !sentenceHas(doc, sentence, match.value.requires)) continue;
    bySentence.set(sentence, [...(bySentence.get(sentence) ?? []), match]);
  }

  for (const { index: sentence } of doc.sentences) {
    const matches = bySentence.get(sentence);
    if (!matches) {
      if (last && continuesAbout(sources, sentence, continuation, last, touched)) {
        touched.delete(last);
        touched.set(last, sentence);
      }
      continue;
    }
    for (const match of matches) {
      const cue = { from: match.from, to: match.to };
      const quoted = doc.isInQuote(cue.from);
      const clause = clauseOf(doc, cue, statements);
      const group = groups.findAll(doc.tokens, clause.from, clause.to)[0];
      const finding = readEvent(sources, match.value, cue, clause, markers, statements);
      const previous = [...touched.keys()].filter((event) => peopleOf(event).length > 0).at(-1);
      if (group && previous) {
        // `Abo baminisitiri bazongera guhurira`: the people of the last event with people.
        for (const p of previous.participants.filter(
          (p) => p.key.startsWith('person:') && p.role !== 'source',
        )) {
          addOnce(finding.participants, {
            ...p,
            role: 'participant',
            evidence: doc.tokenSpan(group.from, Math.max(group.to, cue.to)),
          });
        }
      } else if (last && !quoted) {
        addImplicitSubject(sources, finding, cue, clause, last);
      }
      const lastSentence = last ? touched.get(last)! : 0;
      const referral = referredEvent(finding, {
        events,
        last,
        lastSentence,
        reach: last ? narrativeDistance(doc, lastSentence, sentence) : Infinity,
        anaphoric: anaphora.has(doc.key(cue.from - 1)),
        quoted,
        group: !!group,
        newEvent: !!sequence.matchAt(doc.tokens, doc.sentenceTokens[sentence]!.from),
      });
      if (referral) mergeInto(referral.target, finding, referral.how);
      else {
        if (FAMILY[finding.kind] === 'meeting' && isMinisterial(sources, finding, !!group)) {
          finding.kind = 'ministerial_meeting';
          finding.rule = 'rw.event.ministerial_meeting.cue';
        }
        events.push(finding);
      }
      if (!quoted) {
        last = referral?.target ?? finding;
        // Re-inserted so the map's order is the order events were last told about.
        touched.delete(last);
        touched.set(last, sentence);
      }
    }
  }
  for (const conference of namedConferences(sources, markers)) events.push(conference);
  return events;
}

/** An event as its cue and clause tell it, before it is matched with events already found. */
function readEvent(
  sources: EventSources,
  cueEntry: Cue,
  cue: Clause,
  clause: Clause,
  markers: readonly StatusMarker[],
  statements: readonly StatementFinding[],
): EventFinding {
  const { doc } = sources;
  const sentence = doc.sentenceOf[cue.from]!;
  const quoted = doc.isInQuote(cue.from);
  const kind = cueEntry.kind;
  const places = placesIn(sources, clause);
  const participants = participantsIn(sources, kind, clause, cue);
  const host = FAMILY[kind] === 'visit' ? hostOf(sources, places) : undefined;
  if (host) addOnce(participants, host);
  for (const statement of statements) {
    if (statement.kind === 'announcement' && statement.sentence === sentence && !quoted) {
      addOnce(participants, { key: statement.speakerKey, role: 'source', evidence: statement.evidence });
    }
  }
  const status = statusAt(doc, markers, cue.from, cue.to);
  const time = timeOf(sources, cue);
  return {
    kind,
    cue: doc.tokenSpan(cue.from, cue.to),
    sentence,
    ...(status ? { status } : {}),
    participants,
    places,
    topics: topicsIn(sources, clause),
    ...(time ? { time } : {}),
    rule: `rw.event.${kind}.cue`,
    confidence: quoted ? cueEntry.confidence - QUOTE_PENALTY : cueEntry.confidence,
  };
}

/** Ministers meeting ministers (or `Abo baminisitiri`): a ministerial meeting. */
function isMinisterial(sources: EventSources, finding: EventFinding, group: boolean): boolean {
  const people = finding.participants.filter((p) => p.role === 'participant');
  if (group) return people.length >= 2;
  if (people.length < 2) return false;
  return people.every((person) =>
    sources.titles.some(
      (hit) => hit.mention.holderKey === person.key && MINISTERIAL.test(hit.mention.titleId),
    ),
  );
}

/**
 * The words around a cue that speak of its event: its sentence, on its side of any quotation
 * mark, cut before an attribution (`, nk’uko byatangajwe na …`) or reported speech (`wavuze ko`)
 * that follows it, since those introduce another speaker's words.
 */
function clauseOf(doc: RwDocument, cue: Clause, statements: readonly StatementFinding[]): Clause {
  const { from: sentenceFrom, to: sentenceTo } = doc.sentenceTokens[doc.sentenceOf[cue.from]!]!;
  const quoted = doc.isInQuote(cue.from);
  let from = cue.from;
  while (from > sentenceFrom && doc.isInQuote(from - 1) === quoted && !doc.isPunct(from - 1, '“”"«»')) from--;
  let to = cue.to;
  while (to < sentenceTo && doc.isInQuote(to) === quoted && !doc.isPunct(to, '“”"«»')) to++;
  for (const statement of statements) {
    const range = doc.tokenRange(statement.evidence);
    if (!range || statement.kind === 'direct_quote') continue;
    if (range.from >= cue.to && range.from < to) to = range.from;
  }
  return { from, to };
}

/** Sentences from `from` (exclusive) to `to` (inclusive) that are not inside a quote. */
function narrativeDistance(doc: RwDocument, from: number, to: number): number {
  let count = 0;
  for (let sentence = from + 1; sentence <= to; sentence++) {
    const range = doc.sentenceTokens[sentence];
    if (range && !doc.isInQuote(range.from)) count++;
  }
  return count;
}

function sentenceHas(doc: RwDocument, sentence: number, words: PhraseIndex<true>): boolean {
  const { from, to } = doc.sentenceTokens[sentence]!;
  return words.findAll(doc.tokens, from, to).length > 0;
}

/**
 * A sentence with no cue of its own that goes on about the last event (`Ibiganiro byibanze ku
 * nzego…`, `impande zombi zasuzumye…`) gives it its sectors, topics and initiatives.
 */
function continuesAbout(
  sources: EventSources,
  sentence: number,
  continuation: PhraseIndex<true>,
  last: EventFinding,
  touched: Map<EventFinding, number>,
): boolean {
  const { doc } = sources;
  const range = doc.sentenceTokens[sentence]!;
  if (doc.isInQuote(range.from) || !CONTINUABLE.has(FAMILY[last.kind])) return false;
  if (narrativeDistance(doc, touched.get(last)!, sentence) > CONTINUATION_REACH) return false;
  if (continuation.findAll(doc.tokens, range.from, range.to).length === 0) return false;
  // A sentence with a date of its own (`Mu kwezi kwa Kamena 2023, ibihugu byombi…`) is about then.
  const dated = sources.dates.filter((date) => doc.sentenceOf[date.from] === sentence);
  if (dated.some((date) => date.mention.value !== last.time?.value)) return false;
  for (const topic of topicsIn(sources, range)) {
    if (!last.topics.some((t) => t.key === topic.key)) last.topics.push(topic);
  }
  return true;
}
