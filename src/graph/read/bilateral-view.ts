import type { ManagedTransaction } from 'neo4j-driver';
import { findRelationCall, usualRelationId } from './bilateral';
import { relationConflictsPart, type ConflictData } from './conflicts';
import {
  agreementsPart,
  latestClaimsPart,
  neighboursPart,
  peoplePart,
  subjectsPart,
  type LatestClaims,
  type Neighbour,
  type NodePart,
  type PersonInvolvement,
  type SubjectCount,
} from './node-parts';
import { NODE_PROJECTION, toNodeData, type NodeData } from './records';

/** What the bilateral view can read of a relation in the statement that finds it. */
export interface BilateralParts {
  /** The relation's events; each link's properties are left out (only the events are shown). */
  timeline: Neighbour[];
  /** The event that established it; the link's properties are left out, as for the timeline. */
  establishedBy: Neighbour[];
  countries: Neighbour[];
  sectors: SubjectCount[];
  initiatives: SubjectCount[];
  topics: SubjectCount[];
  people: PersonInvolvement[];
  agreements: NodeData[];
  conflicts: ConflictData[];
  /** The relation's latest claims as of the day (its `since`); only read as of a day. */
  latestClaims: LatestClaims;
}

export type PartName = keyof BilateralParts;

/**
 * Which parts to read: the ones the client selected, nothing more; `peoplePositions` reads the
 * positions of the people with them.
 */
export type PartSelection = Partial<Record<PartName | 'peoplePositions', boolean>>;

function partsFor(
  asOf: string | null,
  peoplePositions: boolean,
): { [K in PartName]: NodePart<BilateralParts[K]> } {
  return {
    // The view's events, the timeline's and the one that established the relation, are shown as
    // events: the INCLUDES_EVENT and ESTABLISHED_BY links' evidence is never read, so the links
    // come without properties (see BilateralParts).
    timeline: neighboursPart('INCLUDES_EVENT', 'out', asOf, []),
    establishedBy: neighboursPart('ESTABLISHED_BY', 'out', asOf, []),
    countries: neighboursPart('PARTY_TO', 'in', asOf),
    sectors: subjectsPart('Sector', asOf),
    initiatives: subjectsPart('Initiative', asOf),
    topics: subjectsPart('Topic', asOf),
    people: peoplePart(asOf, peoplePositions),
    agreements: agreementsPart(asOf),
    conflicts: relationConflictsPart(asOf),
    latestClaims: latestClaimsPart,
  };
}

/** Every part selected: for reading a whole view, such as profiling or pinning its Cypher. */
export const EVERY_PART: Readonly<Record<PartName, true>> = Object.freeze(
  Object.fromEntries(Object.keys(partsFor(null, false)).map((name) => [name, true])) as Record<
    PartName,
    true
  >,
);

export interface BilateralView {
  /** Whether each id names a country. */
  countryAFound: boolean;
  countryBFound: boolean;
  /** The relation joining them (as of the day: reported by then), or null. */
  relation: NodeData | null;
  /** The selected parts of the relation; absent when not selected or when there is no relation. */
  parts: Partial<BilateralParts>;
}

/**
 * The bilateral view in one statement: both countries checked, the relation found from them, and
 * the selected parts of it read by subqueries that start from the relation. Every id is looked
 * up on `:Entity`, whose unique constraint gives the index.
 */
export async function readBilateralView(
  tx: ManagedTransaction,
  countryA: string,
  countryB: string,
  asOf: string | null,
  selection: PartSelection,
): Promise<BilateralView> {
  const available = partsFor(asOf, selection.peoplePositions === true);
  const names = (Object.keys(available) as PartName[]).filter(
    (name) => selection[name] && (name !== 'latestClaims' || asOf !== null),
  );
  const result = await tx.run(
    `OPTIONAL MATCH (a:Entity {id: $countryA}) WHERE a:Country
     OPTIONAL MATCH (b:Entity {id: $countryB}) WHERE b:Country
     ${findRelationCall(asOf)}
     ${names.map((name) => available[name].call('relation', name)).join('\n     ')}
     RETURN a IS NOT NULL AS countryAFound, b IS NOT NULL AS countryBFound,
            CASE WHEN relation IS NULL THEN null ELSE ${NODE_PROJECTION('relation')} END AS relation${names
              .map((name) => `, ${name}`)
              .join('')}`,
    { countryA, countryB, relationId: usualRelationId(countryA, countryB), asOf },
  );
  const record = result.records[0];
  if (!record) throw new Error('The bilateral view returned no row');
  const relationValue: unknown = record.get('relation');
  const relation = relationValue === null ? null : toNodeData(relationValue);
  const parts: Partial<BilateralParts> = {};
  if (relation) {
    for (const name of names) {
      (parts as Record<PartName, unknown>)[name] = available[name].convert(record.get(name));
    }
  }
  return {
    countryAFound: record.get('countryAFound') as boolean,
    countryBFound: record.get('countryBFound') as boolean,
    relation,
    parts,
  };
}
