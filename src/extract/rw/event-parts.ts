import type { DateMention, DraftEventKind, EventFinding, NameKind, NameMention, TextSpan } from '../analysis';
import type { RwDocument } from './document';
import type { NameIndex } from './name-index';
import { PhraseIndex } from './phrases';
import { LINKERS, LOCATIVES, type TitleHit } from './titles';

type Participant = EventFinding['participants'][number];

/** What the parts of an event are read from: the article's mentions, each with its tokens. */
export interface EventSources {
  doc: RwDocument;
  names: NameIndex;
  titles: readonly TitleHit[];
  dates: readonly { mention: DateMention; from: number; to: number }[];
  mainCountries: string[];
}

export interface Clause {
  from: number;
  to: number;
}

const SUBJECT_KINDS: readonly NameKind[] = ['Sector', 'Topic', 'Initiative'];
/** Beyond this many tokens, participant evidence is the name alone, not name-to-cue. */
const NEAR = 10;

/** Mentions of `kinds` wholly inside the clause, in text order, outside titles and organisations. */
export function mentionsIn(sources: EventSources, clause: Clause, kinds: readonly NameKind[]): NameMention[] {
  const { names } = sources;
  const { sorted, covered } = prepared(sources);
  return sorted.filter((name) => {
    const range = names.rangeOf(name);
    return (
      kinds.includes(name.kind) &&
      range.from >= clause.from &&
      range.to <= clause.to &&
      !covered(range.from, name)
    );
  });
}

const PREPARED = new WeakMap<EventSources, Prepared>();
interface Prepared {
  sorted: NameMention[];
  covered: (from: number, name?: NameMention) => boolean;
}

/** What every event reads, worked out once per article rather than once per cue. */
function prepared(sources: EventSources): Prepared {
  const cached = PREPARED.get(sources);
  if (cached) return cached;
  const result = {
    sorted: sources.names.all().sort((a, b) => a.start - b.start),
    covered: coveredByOffices(sources),
  };
  PREPARED.set(sources, result);
  return result;
}

/**
 * Whether a mention sits inside a title or an organisation's name (`mu Rwanda` in `Ambasaderi
 * w’u Buyapani mu Rwanda`, `Türkiye` in `Ambasade y’u Rwanda muri Türkiye`): such places are where
 * the office is, not where the event is. An office's own mention is not inside itself.
 */
function coveredByOffices(sources: EventSources): (from: number, name?: NameMention) => boolean {
  const { doc, names, titles } = sources;
  const inside = new Array<boolean>(doc.tokens.length).fill(false);
  const starts = new Set<number>();
  const mark = (from: number, to: number): void => {
    starts.add(from);
    for (let at = from; at < to; at++) inside[at] = true;
  };
  for (const hit of titles) mark(hit.from, hit.to);
  for (const name of names.all()) {
    if (name.kind === 'Organization' && (name.subKind === 'embassy' || name.subKind === 'ministry')) {
      const range = names.rangeOf(name);
      mark(range.from, range.to);
    }
  }
  return (from, name) => inside[from] === true && !(name?.kind === 'Organization' && starts.has(from));
}

/** People taking part: everyone named in the clause; the roles depend on the kind. */
export function participantsIn(
  sources: EventSources,
  kind: DraftEventKind,
  clause: Clause,
  cue: Clause,
): Participant[] {
  const { doc, names } = sources;
  const people = mentionsIn(sources, clause, ['Person']);
  const evidence = (name: NameMention): TextSpan => {
    const range = names.rangeOf(name);
    if (range.to <= cue.from && cue.from - range.to <= NEAR) return doc.tokenSpan(range.from, cue.to);
    if (range.from >= cue.to && range.from - cue.to <= NEAR) return doc.tokenSpan(cue.from, range.to);
    return spanOf(name);
  };
  const participants: Participant[] = [];
  if (kind === 'visit' || kind === 'state_visit' || kind === 'working_visit') {
    const before = people.filter((name) => names.rangeOf(name).to <= cue.from).at(-1);
    const visitor = before ?? people.find((name) => names.rangeOf(name).from >= cue.to);
    if (visitor) participants.push({ key: visitor.key, role: 'visitor', evidence: evidence(visitor) });
  } else {
    for (const person of people)
      participants.push({ key: person.key, role: 'participant', evidence: evidence(person) });
  }
  // Countries whose office a participant holds, as the text ties them (`… wa Kazakhstan, Murat Nurtleu`).
  const sentence = doc.sentenceOf[cue.from];
  for (const person of participants.map((p) => p.key)) {
    for (const hit of sources.titles) {
      if (hit.mention.holderKey !== person || !hit.mention.countryKey) continue;
      if (doc.sentenceOf[hit.from] !== sentence) continue;
      const end = Math.max(hit.mention.end, hit.mention.countrySpan?.end ?? 0);
      addOnce(participants, {
        key: hit.mention.countryKey,
        role: 'party',
        evidence: doc.span(hit.mention.start, end),
      });
    }
  }
  if (kind === 'credentials_presentation') {
    // `yashyikirije Perezida wa Repubulika y’u Rwanda impapuro…`: the office receiving them.
    for (const hit of sources.titles) {
      if (hit.mention.holderKey || !hit.mention.countryKey || hit.from < clause.from || hit.to > clause.to)
        continue;
      addOnce(participants, { key: hit.mention.countryKey, role: 'host', evidence: spanOf(hit.mention) });
    }
  }
  for (const party of partiesNamed(sources, clause)) addOnce(participants, party);
  return participants;
}

/** `hagati ya Kazakhstan n’u Rwanda`, `hagati y’ibihugu byombi`, `ibihugu byombi`: the parties. */
function partiesNamed(sources: EventSources, clause: Clause): Participant[] {
  const { doc, names, mainCountries } = sources;
  const both = PhraseIndex.of(doc.cues.bothCountries);
  const { covered } = prepared(sources);
  const parties: Participant[] = [];
  for (let index = clause.from; index < clause.to; index++) {
    if (covered(index)) continue;
    if (doc.key(index) === 'hagati' && LINKERS.has(doc.key(index + 1))) {
      const first = names.at(index + 2, ['Country']);
      const joiner = first ? names.rangeOf(first).to : -1;
      const second =
        first && ['na', 'n’'].includes(doc.key(joiner)) ? names.at(joiner + 1, ['Country']) : undefined;
      if (first && second) {
        parties.push({
          key: first.key,
          role: 'party',
          evidence: doc.tokenSpan(index, names.rangeOf(first).to),
        });
        parties.push({
          key: second.key,
          role: 'party',
          evidence: doc.tokenSpan(joiner, names.rangeOf(second).to),
        });
        continue;
      }
    }
    const match = both.matchAt(doc.tokens, index);
    if (match && mainCountries.length === 2) {
      const from = doc.key(index - 2) === 'hagati' && LINKERS.has(doc.key(index - 1)) ? index - 2 : index;
      for (const key of mainCountries)
        parties.push({ key, role: 'party', evidence: doc.tokenSpan(from, match.to) });
      index = match.to - 1;
    }
  }
  return parties;
}

/** Places introduced by `i`, `mu`, `muri` in the clause (`i Astana`, `muri Kazakhstan`). */
export function placesIn(sources: EventSources, clause: Clause): EventFinding['places'] {
  const { doc, names } = sources;
  return mentionsIn(sources, clause, ['Place', 'Country'])
    .filter((name) => {
      const from = names.rangeOf(name).from;
      return LOCATIVES.has(doc.key(from - 1)) && name.subKind !== 'continent';
    })
    .map((name) => ({
      key: name.key,
      evidence: doc.tokenSpan(names.rangeOf(name).from - 1, names.rangeOf(name).to),
    }));
}

/**
 * For a visit: the country it goes to, a country named as its place (`muri Kazakhstan`), or else
 * the country the gazetteer puts its city in (`i Kigali`: Rwanda).
 */
export function hostOf(sources: EventSources, places: EventFinding['places']): Participant | undefined {
  const { gazetteer } = sources.doc;
  const country = places.find((place) => gazetteer.byId(place.key)?.kind === 'Country');
  if (country) return { key: country.key, role: 'host', evidence: country.evidence };
  const city = places.find((place) => gazetteer.byId(place.key)?.country);
  const cityCountry = city ? gazetteer.byId(city.key)?.country : undefined;
  return city && cityCountry ? { key: cityCountry, role: 'host', evidence: city.evidence } : undefined;
}

/** Sectors, topics and initiatives mentioned in the clause. */
export function topicsIn(sources: EventSources, clause: Clause): EventFinding['topics'] {
  return mentionsIn(sources, clause, SUBJECT_KINDS).map((name) => ({
    key: name.key,
    evidence: spanOf(name),
  }));
}

/** The date nearest the cue in the same sentence, on the same side of any quotation mark. */
export function timeOf(sources: EventSources, cue: Clause): DateMention | undefined {
  const { doc } = sources;
  const sentence = doc.sentenceOf[cue.from];
  const quoted = doc.isInQuote(cue.from);
  const distance = (date: { from: number; to: number }): number =>
    date.from >= cue.to ? date.from - cue.to : date.to <= cue.from ? cue.from - date.to : 0;
  return sources.dates
    .filter((date) => doc.sentenceOf[date.from] === sentence && doc.isInQuote(date.from) === quoted)
    .sort((a, b) => distance(a) - distance(b))[0]?.mention;
}

function spanOf(span: TextSpan): TextSpan {
  return { start: span.start, end: span.end, text: span.text };
}

export function addOnce(participants: Participant[], participant: Participant): void {
  if (!participants.some((p) => p.key === participant.key)) participants.push(participant);
}
