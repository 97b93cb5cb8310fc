import { ENTITY_KINDS } from '../../graph/model';
import { initiativeKinds, organizationKinds, placeKinds } from '../../ingest/extraction-vocabulary';
import type { Analysis, NameKind, NameMention } from '../analysis';
import { draftMarks, draftSpan, type DraftExtraction } from './draft-types';
import { IdAllocator } from './ids';

/** What the named items of a draft are, by the analyser's key. */
export interface NamedIndex {
  /** Analyser key → id in the draft. */
  idOf: Map<string, string>;
  kindOf: Map<string, NameKind>;
  nameEnOf: Map<string, string>;
}

type NamedSections = Pick<
  DraftExtraction,
  'countries' | 'people' | 'organizations' | 'places' | 'initiatives' | 'sectors' | 'topics'
>;

const oneOf = <T extends string>(values: readonly T[], value: string | undefined): T =>
  values.includes(value as T) ? (value as T) : values[0]!;

/**
 * One item per thing named (mentions sharing a key), with every mention as a drafted span. The
 * most confident mention decides the rule and confidence of the item.
 */
export function draftNamedItems(
  analysis: Analysis,
  ids: IdAllocator,
): { sections: NamedSections; index: NamedIndex } {
  const sections: NamedSections = {
    countries: [],
    people: [],
    organizations: [],
    places: [],
    initiatives: [],
    sectors: [],
    topics: [],
  };
  const index: NamedIndex = { idOf: new Map(), kindOf: new Map(), nameEnOf: new Map() };
  const groups = new Map<string, NameMention[]>();
  for (const mention of [...analysis.names].sort((a, b) => a.start - b.start)) {
    groups.set(mention.key, [...(groups.get(mention.key) ?? []), mention]);
  }
  for (const [key, mentions] of groups) {
    const best = [...mentions].sort((a, b) => b.confidence - a.confidence)[0]!;
    const prefix = ENTITY_KINDS[best.kind].idPrefix;
    const id = new RegExp(`^${prefix}:[a-z0-9]+(?:-[a-z0-9]+)*$`).test(key)
      ? reserve(ids, key)
      : ids.allocate(prefix, [best.name]);
    index.idOf.set(key, id);
    index.kindOf.set(key, best.kind);
    index.nameEnOf.set(key, best.nameEn ?? best.name);
    const item = {
      id,
      ...draftMarks(best),
      name: best.name,
      nameEn: best.nameEn ?? best.name,
      mentions: mentions.map((mention) => draftSpan(mention, mention)),
    };
    switch (best.kind) {
      case 'Country':
        sections.countries.push(item);
        break;
      case 'Person':
        sections.people.push(item);
        break;
      case 'Organization':
        sections.organizations.push({ ...item, kind: oneOf(organizationKinds, best.subKind) });
        break;
      case 'Place':
        sections.places.push({ ...item, kind: oneOf(placeKinds, best.subKind) });
        break;
      case 'Initiative':
        sections.initiatives.push({ ...item, kind: oneOf(initiativeKinds, best.subKind) });
        break;
      case 'Sector':
        sections.sectors.push(item);
        break;
      case 'Topic':
        sections.topics!.push(item);
        break;
    }
  }
  return { sections, index };
}

function reserve(ids: IdAllocator, id: string): string {
  ids.reserve(id);
  return id;
}
