import { ENTITY_KIND_NAMES, ENTITY_KINDS, type EntitySection } from '../graph/model';
import { isDraft, type DraftMarks } from './draft-fields';
import type { Extraction } from './extraction-schema';

export interface DraftProblem {
  path: string;
  reason: string;
}

/**
 * Leaves out every drafted item, and every reference to one, so that only what a person wrote or
 * reviewed is loaded. The review mark is read on items (an entity, an event, a participant, a
 * fact); spans inside a reviewed item are taken as reviewed with it. A reviewed item that cannot
 * stand without a draft (a statement whose speaker is a draft) is a problem, not a silent drop.
 */
export function withoutDrafts(extraction: Extraction): {
  extraction: Extraction;
  leftOut: number;
  problems: DraftProblem[];
} {
  let leftOut = 0;
  const problems: DraftProblem[] = [];
  const dropped = new Set<string>();
  const keep = <T extends DraftMarks>(items: readonly T[], idOf?: (item: T) => string): T[] =>
    items.filter((item) => {
      if (!isDraft(item)) return true;
      leftOut++;
      if (idOf) dropped.add(idOf(item));
      return false;
    });
  const id = (item: { id: string }) => item.id;

  // Every section of an entity kind, from the registry: a new kind's drafts are left out too.
  const named = Object.fromEntries(
    ENTITY_KIND_NAMES.map((kind) => {
      const section = ENTITY_KINDS[kind].section;
      return [section, keep(extraction[section] as readonly ({ id: string } & DraftMarks)[], id)];
    }),
  ) as unknown as Pick<Extraction, EntitySection>;
  const live = (ref: string) => !dropped.has(ref);
  /** Sub-items that are drafts, or point at a dropped item, go. */
  const keepLinks = <T extends DraftMarks>(items: readonly T[] | undefined, ref: (item: T) => string) =>
    items === undefined ? undefined : keep(items).filter((item) => live(ref(item)));
  const required = (path: string, ref: string) => {
    if (!live(ref)) {
      problems.push({
        path,
        reason: `is reviewed but refers to ${ref}, which is still a draft: review ${ref} too, or mark this item as a draft`,
      });
    }
  };

  const events = named.events.map((event) => ({
    ...event,
    participants: keepLinks(event.participants, (p) => p.actor),
    places: keepLinks(event.places, (p) => p.place),
    topics: keepLinks(event.topics, (t) => t.topic),
    sidelinesOf: keepLinks(event.sidelinesOf, (s) => s.event),
  }));
  const agreements = named.agreements.map((agreement, a) => {
    agreement.parties.forEach((party, i) => required(`agreements.${a}.parties.${i}`, party));
    return {
      ...agreement,
      covers: agreement.covers.filter(live),
      negotiatedIn:
        agreement.negotiatedIn && live(agreement.negotiatedIn) ? agreement.negotiatedIn : undefined,
    };
  });
  const commitments = named.commitments.map((commitment, c) => {
    if (!commitment.by.some(live)) required(`commitments.${c}.by`, commitment.by[0]!);
    return {
      ...commitment,
      by: commitment.by.filter(live),
      madeAt: commitment.madeAt && live(commitment.madeAt) ? commitment.madeAt : undefined,
      about: commitment.about.filter(live),
    };
  });
  const statements = named.statements.map((statement, s) => {
    required(`statements.${s}.speaker`, statement.speaker);
    return { ...statement, about: statement.about.filter(live) };
  });
  const relations = named.relations.map((relation, r) => {
    relation.countries.forEach((country, i) => required(`relations.${r}.countries.${i}`, country));
    const establishedBy =
      relation.establishedBy && live(relation.establishedBy) ? relation.establishedBy : undefined;
    return { ...relation, events: relation.events.filter(live), establishedBy };
  });
  const facts = keep(extraction.facts).filter((fact) => live(fact.from) && live(fact.to));

  return {
    extraction: { ...extraction, ...named, events, agreements, commitments, statements, relations, facts },
    leftOut,
    problems,
  };
}

/** Whether anything in an extraction is still a draft. */
export function countDrafts(extraction: Extraction): number {
  return withoutDrafts(extraction).leftOut;
}
