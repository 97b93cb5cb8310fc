import type { Analysis, NameMention } from '../analysis';
import { draftMarks, draftSpan, type DraftExtraction } from './draft-types';
import { slugOf, type IdAllocator } from './ids';
import type { NamedIndex } from './named';

type Positions = NonNullable<DraftExtraction['positions']>;
type Facts = NonNullable<DraftExtraction['facts']>;

/**
 * Offices from titles that introduce a person. An office is tied to a country only when the text
 * ties them (`wa Kazakhstan`), and then its id names the country; otherwise it is the office as
 * this person holds it, and no country is guessed.
 */
export function draftPositions(
  analysis: Analysis,
  named: NamedIndex,
  ids: IdAllocator,
): { positions: Positions; facts: Facts; countryOfPerson: Map<string, string> } {
  const positions: Positions = [];
  const facts: Facts = [];
  const countryOfPerson = new Map<string, string>();
  const byKey = new Map<string, Positions[number]>();
  for (const title of analysis.titles) {
    const holder = title.holderKey ? named.idOf.get(title.holderKey) : undefined;
    if (!holder || named.kindOf.get(title.holderKey!) !== 'Person') continue;
    const country = title.countryKey ? named.idOf.get(title.countryKey) : undefined;
    const countryId = country && named.kindOf.get(title.countryKey!) === 'Country' ? country : undefined;
    const positionKey = `${title.titleId}|${countryId ?? holder}`;
    let position = byKey.get(positionKey);
    if (!position) {
      const titleSlug = slugOf(title.titleId);
      const countryName = countryId ? named.nameEnOf.get(title.countryKey!) : undefined;
      position = {
        id: countryId
          ? ids.allocate('position', [slugOf(countryId), titleSlug])
          : ids.allocate('position', [titleSlug, 'held-by', slugOf(holder)]),
        ...draftMarks(title),
        title: title.title,
        titleEn: countryName ? `${title.titleEn} of ${countryName}` : title.titleEn,
        evidence: [draftSpan(title, title)],
      };
      byKey.set(positionKey, position);
      positions.push(position);
    } else {
      position.evidence.push(draftSpan(title, title));
    }
    if (
      !facts.some((fact) => fact.type === 'HOLDS_POSITION' && fact.from === holder && fact.to === position.id)
    ) {
      facts.push({
        type: 'HOLDS_POSITION',
        from: holder,
        to: position.id,
        ...draftMarks(title),
        evidence: [draftSpan(title, title)],
      });
    }
    if (countryId && title.countrySpan) {
      countryOfPerson.set(holder, countryId);
      if (!facts.some((fact) => fact.type === 'POSITION_OF' && fact.from === position.id)) {
        facts.push({
          type: 'POSITION_OF',
          from: position.id,
          to: countryId,
          ...draftMarks(title),
          evidence: [draftSpan(title.countrySpan, title)],
        });
      }
    }
  }
  return { positions, facts, countryOfPerson };
}

/** Ministries and embassies whose country the text names (`Ambasade y’u Rwanda`). */
export function draftBelongsTo(analysis: Analysis, named: NamedIndex): Facts {
  const facts: Facts = [];
  const seen = new Set<string>();
  for (const mention of analysis.names as NameMention[]) {
    if (mention.kind !== 'Organization' || !mention.countryKey) continue;
    const from = named.idOf.get(mention.key);
    const to = named.idOf.get(mention.countryKey);
    if (!from || !to || named.kindOf.get(mention.countryKey) !== 'Country' || seen.has(from)) continue;
    seen.add(from);
    facts.push({
      type: 'BELONGS_TO',
      from,
      to,
      ...draftMarks(mention),
      evidence: [draftSpan(mention, mention)],
    });
  }
  return facts;
}
