import type {
  DateMention,
  EventFinding,
  NameMention,
  ParticipantRole,
  TextSpan,
  TitleMention,
} from '../analysis';
import type { EnglishContext } from './context';
import type { CueHit } from './event-cues-found';
import { findReferences } from './references';
import { SPEECH_VERB } from './lexicon/speech-verbs';
import type { Attribution } from './statements';
import { matchesIn } from './status';

/**
 * Who takes part in an event and how, where and when it happens and what it is about, from the
 * sentence holding its cue. A visitor is the person or country before the cue or after `by`; a
 * host is the country after `to`/`in`; people in other events are participants and countries are
 * parties; whoever the sentence is attributed to is the source. Pronouns and `the two …` are
 * resolved by recency.
 */

type Participant = EventFinding['participants'][number];

export interface RoleInputs {
  titles: readonly TitleMention[];
  dates: readonly DateMention[];
  attributions: readonly Attribution[];
  quotes: readonly { start: number; end: number }[];
}

const VISITS = new Set(['visit', 'state_visit', 'working_visit']);
/** Verbs whose subject is a visit's host. */
const HOSTING =
  /^\s*(?:\S+\s+){0,3}?(?:received|hosted|welcomed|receives|hosts|welcomes|will (?:host|receive|welcome))\b/iu;

export function readRoles(
  context: EnglishContext,
  hit: CueHit,
  inputs: RoleInputs,
  /** Read only the cue's own part of the sentence (for a cue that refers back). */
  scopeOnly = false,
): Pick<EventFinding, 'participants' | 'places' | 'topics' | 'time'> {
  const { doc, book } = context;
  const sentence = doc.sentences[hit.sentence]!;
  const isVisit = VISITS.has(hit.cue.kind);
  const sources = inputs.attributions.filter(
    (attribution) => hit.span.start >= attribution.covers.start && hit.span.start < attribution.covers.end,
  );
  const inSource = (mention: { start: number; end: number }) =>
    sources.some((source) => mention.start >= source.evidence.start && mention.end <= source.evidence.end);
  const inQuote = (mention: { start: number }) =>
    inputs.quotes.some((quote) => mention.start >= quote.start && mention.start < quote.end);
  // `Mukankusi thanked Qatar … and said talks …`: what comes before the saying is another clause.
  const said = matchesIn(context, sentence.start, hit.span.start, SPEECH_VERB)
    .filter((verb) => !inQuote(verb))
    .at(-1);
  const clauseStart = Math.max(said?.end ?? sentence.start, scopeOnly ? hit.scope.start : sentence.start);
  const area = { start: clauseStart, end: scopeOnly ? hit.scope.end : sentence.end };
  const actors = outermost(book.within(area.start, area.end, ['Person', 'Country', 'Organization'])).filter(
    (mention) => !inSource(mention) && !inQuote(mention),
  );
  const participants: Participant[] = [];
  const add = (key: string, role: ParticipantRole, evidence: TextSpan) => {
    if (participants.some((participant) => participant.key === key)) return;
    participants.push({ key, role, evidence });
  };
  // A speaker the sentence is attributed to is its source, not a participant.
  for (const source of sources) add(source.speakerKey, 'source', source.evidence);
  const byAfterCue = after(context, hit.span.end, /^\s*(?:\S+\s+){0,6}?by\s+/u);
  const destination = isVisit ? destinationOf(context, hit) : undefined;

  for (const mention of actors) {
    const title = inputs.titles.find(
      (candidate) => candidate.holderKey === mention.key && overlapsSentence(candidate, sentence),
    );
    if (mention.kind === 'Person') {
      const role = personRole(context, hit, mention, byAfterCue);
      add(mention.key, role, mention);
      if (title?.countryKey && title.countrySpan)
        add(title.countryKey, role === 'host' ? 'host' : 'party', title);
    }
  }
  // A title with no name still ties its country in: `a visit … by Japan’s Minister of Foreign Affairs`.
  for (const title of inputs.titles) {
    if (title.holderKey || !title.countryKey || !overlapsSentence(title, area) || inSource(title)) continue;
    // `Qatar’s Emir arrived in Kigali`, `a visit … by Japan’s Minister`: the office's country visits.
    const visitor =
      isVisit && (title.end <= hit.span.start || (byAfterCue !== undefined && title.start >= byAfterCue));
    add(title.countryKey, visitor ? 'visitor' : 'party', title);
  }
  if (destination?.hostKey) add(destination.hostKey, 'host', destination.evidence);
  for (const mention of actors) {
    if (mention.kind === 'Country') {
      const role: ParticipantRole =
        isVisit && byAfterCue !== undefined && mention.start >= byAfterCue ? 'visitor' : 'party';
      add(mention.key, role, mention);
    } else if (mention.kind === 'Organization') {
      add(mention.key, 'participant', mention);
    }
  }
  for (const reference of findReferences(context, area.start, area.end)) {
    if (inSource(reference.evidence) || inQuote(reference.evidence)) continue;
    // `The two discussed the visit by X`: the people pointed at are not the visitors once X is.
    if (isVisit && reference.of === 'Person' && participants.some((known) => known.role === 'visitor'))
      continue;
    for (const key of reference.keys) {
      const role: ParticipantRole =
        reference.of === 'Country'
          ? 'party'
          : isVisit && reference.evidence.start < hit.span.start
            ? 'visitor'
            : 'participant';
      add(key, role, reference.evidence);
    }
  }

  const places = placesOf(context, hit, sentence, destination);
  const topics = outermost(
    book.within(Math.max(hit.scope.start, clauseStart), hit.scope.end, ['Sector', 'Topic']),
  )
    .filter((mention) => !inQuote(mention))
    .map((mention) => ({ key: mention.key, evidence: doc.span(mention.start, mention.end) }));
  const time = timeOf(context, hit, inputs.dates);
  return { participants, places, topics, ...(time ? { time } : {}) };
}

/** `a working visit to Japan`, `arrived in Kigali`: the place visited and its country. */
function destinationOf(
  context: EnglishContext,
  hit: CueHit,
): { key: string; hostKey?: string; evidence: TextSpan } | undefined {
  const { doc, book } = context;
  // `a visit to Japan`, `arrived in Kigali`, or the object of the verb: `will visit Ghana`.
  const start =
    after(context, hit.span.end, /^\s*(?:to|in)\s+/u) ??
    (/\bin$/u.test(hit.span.text) || hit.asVerb ? after(context, hit.span.end, /^\s+/u) : undefined);
  if (start === undefined) return undefined;
  const place = book.startingAt(start, ['Country', 'Place']);
  if (!place) return undefined;
  const hostKey = place.kind === 'Country' ? place.key : undefined;
  const cueStart = withDeterminer(context, hit.span.start);
  return { key: place.key, ...(hostKey ? { hostKey } : {}), evidence: doc.span(cueStart, place.end) };
}

function placesOf(
  context: EnglishContext,
  hit: CueHit,
  sentence: { start: number; end: number },
  destination: { key: string; evidence: TextSpan } | undefined,
): EventFinding['places'] {
  const { doc, book } = context;
  const places: EventFinding['places'] = [];
  if (destination) places.push({ key: destination.key, evidence: destination.evidence });
  const near = Math.min(hit.scope.end, tokenEnd(context, hit.span.end, 12));
  const inScope = book.within(hit.span.start, near, ['Place']);
  // `In Tokyo, she met…`: a place opening the sentence is where its events happen.
  const opening = book
    .within(sentence.start, sentence.end, ['Place'])
    .filter((place) => /^(?:in|at)\s+$/iu.test(doc.points.slice(sentence.start, place.start)));
  for (const place of [...opening, ...inScope]) {
    if (places.some((known) => known.key === place.key)) continue;
    const preposition = before(context, place.start, /(?:in|at|to)\s+$/iu);
    if (preposition === undefined) continue;
    places.push({ key: place.key, evidence: doc.span(preposition, place.end) });
  }
  return places;
}

/** The date in the cue's scope nearest the cue, leaving out when something was said. */
function timeOf(
  context: EnglishContext,
  hit: CueHit,
  dates: readonly DateMention[],
): DateMention | undefined {
  const { doc } = context;
  const candidates = dates.filter((date) => {
    if (date.start < hit.scope.start || date.end > hit.scope.end) return false;
    const lead = doc.points.slice(Math.max(0, date.start - 40), date.start);
    return !/\b(?:said|says|told|announced|reported|added)\s+(?:\S+\s+){0,3}?(?:on|in)\s+$/iu.test(lead);
  });
  // English puts an event's date after its words; a date before the cue counts double.
  const distance = (date: DateMention) =>
    date.start >= hit.span.end ? date.start - hit.span.end : 2 * (hit.span.start - date.end) + 1;
  return candidates.sort((a, b) => distance(a) - distance(b))[0];
}

/** Offset where text matching `pattern` right after `offset` ends, if it matches. */
function after(context: EnglishContext, offset: number, pattern: RegExp): number | undefined {
  const text = context.doc.points.slice(offset, offset + 120);
  const match = pattern.exec(text);
  return match ? offset + Array.from(match[0]).length : undefined;
}

/** Offset where text matching `pattern` (anchored at its end) right before `offset` starts. */
function before(context: EnglishContext, offset: number, pattern: RegExp): number | undefined {
  const text = context.doc.points.slice(Math.max(0, offset - 20), offset);
  const match = pattern.exec(text);
  return match ? offset - Array.from(match[0]).length : undefined;
}

function withDeterminer(context: EnglishContext, start: number): number {
  return before(context, start, /\b(?:a|an|the|his|her|their)\s+$/iu) ?? start;
}

function overlapsSentence(
  span: { start: number; end: number },
  sentence: { start: number; end: number },
): boolean {
  return span.start >= sentence.start && span.end <= sentence.end;
}

/** Mentions not nested inside another of the list (a country inside an embassy's name). */
function outermost(mentions: NameMention[]): NameMention[] {
  return mentions.filter(
    (mention) =>
      !mentions.some(
        (other) =>
          other !== mention &&
          other.start <= mention.start &&
          other.end >= mention.end &&
          other.end - other.start > mention.end - mention.start,
      ),
  );
}

/** The end offset of the `count`-th token after an offset. */
function tokenEnd(context: EnglishContext, offset: number, count: number): number {
  const { doc } = context;
  const index = Math.min(doc.tokens.length - 1, doc.tokenFrom(offset) + count - 1);
  return doc.tokens[index]?.end ?? offset;
}

/**
 * A person's role: in a visit, the visitor comes before the cue or after `by` and anyone else is
 * a host; credentials are presented `to` the host; in other events people are participants.
 */
function personRole(
  context: EnglishContext,
  hit: CueHit,
  mention: NameMention,
  byAfterCue: number | undefined,
): ParticipantRole {
  if (VISITS.has(hit.cue.kind)) {
    const { points } = context.doc;
    if (mention.start < hit.span.start) {
      // `President Kagame on Monday received the Prime Minister of Ethiopia, who arrived …`
      const next = points.slice(mention.end, Math.min(mention.end + 40, hit.span.start));
      return HOSTING.test(next) ? 'host' : 'visitor';
    }
    if (
      /(?:hosted|received|welcomed) by\s+$/iu.test(
        points.slice(Math.max(0, mention.start - 20), mention.start),
      )
    ) {
      return 'host';
    }
    return byAfterCue !== undefined && mention.start >= byAfterCue ? 'visitor' : 'participant';
  }
  if (hit.cue.kind === 'credentials_presentation' && mention.start >= hit.span.end) {
    const between = context.doc.points.slice(hit.span.end, mention.start);
    if (/^\s*to\b/iu.test(between)) return 'host';
  }
  return 'participant';
}
