import { addTo, bucketPairs, candidate, type Candidate } from './candidates';
import { describeEvents, RELATIONS_ESTABLISHED, type EventFacts } from './event-facts';
import { DATE_SLACK_DAYS, type Groups } from './groups';
import type { Item, ItemTable } from './resolution-items';

export interface EventCandidates {
  candidates: Candidate[];
  /** Undated events that fit several dated ones which cannot be one occasion: the events they fit. */
  ambiguous: Map<number, Item[]>;
}

/**
 * A later report of the same event resolves to it (`event.same-occasion`) when the two are of one
 * kind family (visits, meetings, otherwise the kind), their dates overlap, are within two days or
 * one is undated, and they share resolved participants: at least one person, with one side's
 * people all among the other's (a meeting of A and B is not the meeting of A and C the next day);
 * or, when a side names no people, the same countries. A different place does not keep them apart:
 * the graph keeps both places as a conflict. The start of diplomatic relations between the same two
 * countries is one event whatever dates reports give it (`event.relations-established`, 1).
 *
 * Runs after people, countries and places are resolved. Blocking: events are filed under their
 * family and each participating person, and under their family and country set; within a block,
 * dated events sorted by start are compared only while the next starts within two days of the
 * current one's end (O(b log b + matches)), undated events with each dated one until they fit two
 * that cannot be one occasion (then they are ambiguous and join nothing).
 */
export function eventCandidates(table: ItemTable, groups: Groups): EventCandidates {
  const blocks = new Map<string, EventFacts[]>();
  const relationStarts = new Map<string, Item[]>();
  for (const event of describeEvents(table, groups)) {
    if (event.kind === RELATIONS_ESTABLISHED) {
      if (event.relationCountries.size === 2)
        addTo(relationStarts, setKey(event.relationCountries), event.item);
      continue;
    }
    for (const person of event.people) addTo(blocks, `${event.family}|p${person}`, event);
    if (event.countries.size > 0) addTo(blocks, `${event.family}|c${setKey(event.countries)}`, event);
  }

  const candidates: Candidate[] = [];
  for (const bucket of relationStarts.values())
    candidates.push(...bucketPairs(bucket, 'event.relations-established', 1));

  const matches = new Map<string, Candidate>();
  const consider = (x: EventFacts, y: EventFacts): boolean => {
    const score = sameOccasion(x, y);
    if (score === undefined) return false;
    const pair = candidate(x.item, y.item, 'event.same-occasion', score);
    matches.set(`${pair.a.index}-${pair.b.index}`, pair);
    return true;
  };
  const undatedFits = new Map<number, { fits: Item[]; latestStart: number; earliestEnd: number }>();
  const ambiguous = new Map<number, Item[]>();
  for (const block of blocks.values()) {
    const dated = block.filter((event) => event.days).sort((x, y) => x.days!.start - y.days!.start);
    for (let i = 0; i < dated.length; i += 1) {
      for (let j = i + 1; j < dated.length; j += 1) {
        if (dated[j]!.days!.start > dated[i]!.days!.end + DATE_SLACK_DAYS) break;
        consider(dated[i]!, dated[j]!);
      }
    }
    const undated = block.filter((event) => !event.days);
    undated.forEach((event, index) => {
      if (index > 0) consider(undated[0]!, event);
      if (index > 1) consider(undated[index - 1]!, event);
      if (ambiguous.has(event.item.index)) return;
      const state = undatedFits.get(event.item.index) ?? {
        fits: [],
        latestStart: -Infinity,
        earliestEnd: Infinity,
      };
      undatedFits.set(event.item.index, state);
      for (const other of dated) {
        if (!consider(event, other)) continue;
        state.fits.push(other.item);
        state.latestStart = Math.max(state.latestStart, other.days!.start);
        state.earliestEnd = Math.min(state.earliestEnd, other.days!.end);
        if (state.latestStart > state.earliestEnd + DATE_SLACK_DAYS) {
          ambiguous.set(event.item.index, state.fits);
          break;
        }
      }
    });
  }
  for (const pair of matches.values()) {
    if (!ambiguous.has(pair.a.index) && !ambiguous.has(pair.b.index)) candidates.push(pair);
  }
  return { candidates, ambiguous };
}

/**
 * The score of two reports being one occasion, or undefined when they cannot be: the mean of how
 * far kind (1 the same, 0.8 the same family), dates (1 overlapping, 0.75 within two days, 0.5 one
 * undated), participants (shared / all) and places (1 shared, 0.5 one unknown, 0 different) agree.
 */
export function sameOccasion(x: EventFacts, y: EventFacts): number | undefined {
  if (x.family !== y.family || x.item.index === y.item.index || x.item.article === y.item.article)
    return undefined;
  let dates = 0.5;
  if (x.days && y.days) {
    const gap = Math.max(x.days.start, y.days.start) - Math.min(x.days.end, y.days.end);
    if (gap > DATE_SLACK_DAYS) return undefined;
    dates = gap <= 0 ? 1 : 0.75;
  }
  if (x.people.size > 0 && y.people.size > 0) {
    if (!isSubset(x.people, y.people) && !isSubset(y.people, x.people)) return undefined;
  } else if (x.countries.size === 0 || !sameSet(x.countries, y.countries)) return undefined;
  const all = (event: EventFacts) => [...event.people, ...event.countries, ...event.others];
  const union = new Set([...all(x), ...all(y)]);
  const shared = all(x).filter((root) => all(y).includes(root)).length;
  const places =
    x.places.size === 0 || y.places.size === 0 ? 0.5 : [...x.places].some((p) => y.places.has(p)) ? 1 : 0;
  const kind = x.kind === y.kind ? 1 : 0.8;
  return (kind + dates + shared / Math.max(1, union.size) + places) / 4;
}

function isSubset(small: ReadonlySet<number>, large: ReadonlySet<number>): boolean {
  return [...small].every((value) => large.has(value));
}

function sameSet(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  return a.size === b.size && isSubset(a, b);
}

function setKey(values: ReadonlySet<number>): string {
  return [...values].sort((a, b) => a - b).join(',');
}
