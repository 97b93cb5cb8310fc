import type { Properties } from '../../graph/model';
import type { DraftMarks } from '../draft-fields';
import type { Extraction, Span } from '../extraction-schema';
import { aliasesOf, definedOnly, type GraphBuilder } from './graph-builder';

/** Organization kinds that also become a label, for short Cypher: MATCH (m:Ministry). */
const ORGANIZATION_KIND_LABELS: Record<string, string> = { ministry: 'Ministry', embassy: 'Embassy' };
/** Initiatives that are also organizations (a technology park, a government programme). */
const ORGANIZATION_INITIATIVES = new Set(['technology_park', 'government_programme']);

interface NamedItem extends DraftMarks {
  id: string;
  name: string;
  nameEn: string;
  mentions: readonly Span[];
}

/** A named thing: its names as written become aliases, each mention a link to its sentence. */
function addNamed(builder: GraphBuilder, item: NamedItem, extraLabels: string[], properties: Properties) {
  builder.addEntity(
    item.id,
    extraLabels,
    definedOnly({ name: item.name, nameEn: item.nameEn, ...properties }),
    aliasesOf(item.mentions),
    item,
  );
  builder.spanLinks('MENTIONED_IN', item.id, item.mentions);
}

/** Sections whose items are a name and their mentions, nothing more. */
export function mapPlainNamed(builder: GraphBuilder, items: readonly NamedItem[]): void {
  for (const item of items) addNamed(builder, item, [], {});
}

export function mapPlaces(builder: GraphBuilder, places: Extraction['places']): void {
  for (const place of places) {
    addNamed(builder, place, [], definedOnly({ kind: place.kind, note: place.note }));
  }
}

export function mapOrganizations(builder: GraphBuilder, organizations: Extraction['organizations']): void {
  for (const organization of organizations) {
    const kindLabel = ORGANIZATION_KIND_LABELS[organization.kind];
    addNamed(builder, organization, kindLabel ? [kindLabel] : [], { kind: organization.kind });
  }
}

export function mapInitiatives(builder: GraphBuilder, initiatives: Extraction['initiatives']): void {
  for (const initiative of initiatives) {
    addNamed(
      builder,
      initiative,
      ORGANIZATION_INITIATIVES.has(initiative.kind) ? ['Organization'] : [],
      definedOnly({
        kind: initiative.kind,
        description: initiative.description,
        descriptionEn: initiative.descriptionEn,
      }),
    );
  }
}

export function mapPositions(builder: GraphBuilder, positions: Extraction['positions']): void {
  for (const position of positions) {
    builder.addEntity(
      position.id,
      [],
      { name: position.title, nameEn: position.titleEn, title: position.title },
      undefined,
      position,
    );
    builder.spanLinks('STATED_IN', position.id, position.evidence);
  }
}
