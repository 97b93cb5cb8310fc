import type { DraftExtraction } from './draft-types';
import { slugOf } from './ids';

type Relations = NonNullable<DraftExtraction['relations']>;

/**
 * A bilateral relation for each pair of countries that meet in one event: as participants, as
 * the place, or through the country of a participant's office or organization.
 */
export function draftRelations(
  draft: Pick<DraftExtraction, 'events' | 'countries' | 'organizations'>,
  countryOf: ReadonlyMap<string, string>,
): Relations {
  const countries = new Set(draft.countries.map((country) => country.id));
  const nameOf = new Map(draft.countries.map((country) => [country.id, country.nameEn]));
  const relations = new Map<string, Relations[number]>();
  for (const event of draft.events) {
    const involved = new Set<string>();
    for (const participant of event.participants ?? []) {
      const country = countries.has(participant.actor) ? participant.actor : countryOf.get(participant.actor);
      if (country) involved.add(country);
    }
    for (const place of event.places ?? []) if (countries.has(place.place)) involved.add(place.place);
    const sorted = [...involved].sort();
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) {
        const [a, b] = [sorted[i]!, sorted[j]!];
        const id = `relation:${[slugOf(a), slugOf(b)].sort().join('--')}`;
        const existing = relations.get(id);
        if (existing) {
          existing.events = [...(existing.events ?? []), event.id];
          continue;
        }
        const name = `${nameOf.get(a)}–${nameOf.get(b)} relations`;
        relations.set(id, {
          id,
          review: 'draft',
          rule: 'draft.relation.countries-in-one-event',
          confidence: Math.min(event.confidence ?? 0.5, 0.6),
          countries: [a, b],
          name,
          nameEn: name,
          evidence: event.evidence,
          events: [event.id],
        });
      }
    }
  }
  return [...relations.values()];
}
