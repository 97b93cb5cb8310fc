import type { ExtractedEvent } from '../extraction-schema';
import { parseTimeValue } from '../time-value';
import type { Groups } from './groups';
import { localItem, type Item, type ItemTable } from './resolution-items';

/** Kinds that name one sort of occasion, told with more or less detail by different reports. */
const FAMILIES: Readonly<Record<string, string>> = {
  visit: 'visit',
  state_visit: 'visit',
  working_visit: 'visit',
  meeting: 'meeting',
  ministerial_meeting: 'meeting',
  summit_sideline_meeting: 'meeting',
  bilateral_talks: 'meeting',
};

export const RELATIONS_ESTABLISHED = 'diplomatic_relations_established';

export function familyOf(kind: string): string {
  return FAMILIES[kind] ?? kind;
}

/** Days since 1970-01-01 of an ISO date. */
export function dayNumber(iso: string): number {
  return (
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000
  );
}

/** First and last day an event's time covers, as day numbers; none when undated. */
export function eventDays(event: ExtractedEvent): { start: number; end: number } | undefined {
  if (!event.time) return undefined;
  const bounds = parseTimeValue(event.time.value, event.time.precision);
  return 'error' in bounds ? undefined : { start: dayNumber(bounds.start), end: dayNumber(bounds.end) };
}

/** An event as the event rule compares it, every reference already a resolved group (its root). */
export interface EventFacts {
  item: Item;
  kind: string;
  family: string;
  days?: { start: number; end: number };
  /** Participants other than those who only report it (role `source`). */
  people: ReadonlySet<number>;
  countries: ReadonlySet<number>;
  others: ReadonlySet<number>;
  places: ReadonlySet<number>;
  /** For the start of relations: the two countries, from participants or the relation it began. */
  relationCountries: ReadonlySet<number>;
}

/** Every event item described for comparison, in item order. */
export function describeEvents(table: ItemTable, groups: Groups): EventFacts[] {
  const described: EventFacts[] = [];
  table.articles.forEach((article, order) => {
    const rootOf = (localId: string) => {
      const found = localItem(table, order, localId);
      return found ? { kind: found.kind, root: groups.find(found.index) } : undefined;
    };
    for (const event of article.extraction.events) {
      const item = localItem(table, order, event.id);
      if (!item) continue;
      const [people, countries, others, places] = [
        new Set<number>(),
        new Set<number>(),
        new Set<number>(),
        new Set<number>(),
      ];
      for (const participant of event.participants ?? []) {
        if (participant.role === 'source') continue;
        const actor = rootOf(participant.actor);
        if (!actor) continue;
        const into = actor.kind === 'Person' ? people : actor.kind === 'Country' ? countries : others;
        into.add(actor.root);
      }
      for (const place of event.places ?? []) {
        const found = rootOf(place.place);
        if (found) places.add(found.root);
      }
      const relationCountries = new Set(countries);
      for (const relation of article.extraction.relations) {
        if (relation.establishedBy !== event.id) continue;
        for (const country of relation.countries) {
          const found = rootOf(country);
          if (found) relationCountries.add(found.root);
        }
      }
      const days = eventDays(event);
      described.push({
        item,
        kind: event.kind,
        family: familyOf(event.kind),
        ...(days ? { days } : {}),
        people,
        countries,
        others,
        places,
        relationCountries,
      });
    }
  });
  return described;
}
