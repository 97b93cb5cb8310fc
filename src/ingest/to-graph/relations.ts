import type { Extraction } from '../extraction-schema';
import { definedOnly, type GraphBuilder } from './graph-builder';

/** Bilateral relations: their countries, their events, and the event that began them. */
export function mapRelations(
  builder: GraphBuilder,
  relations: Extraction['relations'],
  events: Extraction['events'],
): void {
  const eventsById = new Map(events.map((event) => [event.id, event]));
  for (const relation of relations) {
    const established = relation.establishedBy ? eventsById.get(relation.establishedBy) : undefined;
    builder.addEntity(
      relation.id,
      [],
      definedOnly({
        name: relation.name,
        nameEn: relation.nameEn,
        countryIds: [...relation.countries].sort(),
        since: established?.time?.value,
        sincePrecision: established?.time?.precision,
        sinceText: established?.time?.text.text,
      }),
      undefined,
      relation,
    );
    const options = { drafts: [relation] };
    builder.spanLinks('STATED_IN', relation.id, relation.evidence);
    for (const country of relation.countries) {
      builder.fact('PARTY_TO', country, relation.id, relation.evidence, options);
    }
    for (const eventId of relation.events) {
      const evidence = eventsById.get(eventId)?.evidence ?? relation.evidence;
      builder.fact('INCLUDES_EVENT', relation.id, eventId, evidence, options);
    }
    if (relation.establishedBy && established) {
      builder.fact(
        'ESTABLISHED_BY',
        relation.id,
        relation.establishedBy,
        [...relation.evidence, ...established.evidence],
        options,
      );
    }
  }
}
