/**
 * The three dashboard questions as each contender is asked them, and each answer brought to one
 * canonical form (lists sorted, enums lower-cased, the same fields), so the benchmark can check
 * that this API, @neo4j/graphql and the raw driver returned the same data.
 */
import { toFullTextQuery } from '../../src/graph/read/search';

export const COUNTRY_A = 'country:rwanda';
export const COUNTRY_B = 'country:kazakhstan';
export const PERSON = 'person:murat-nurtleu';
export const NEIGHBOURHOOD_LIMIT = 40;
export const SEARCH_TEXT = "Ububanyi n'Amahanga";
export const SEARCH_FIRST = 5;

export type QuestionName = 'bilateral view' | 'neighbourhood' | 'search';
export const QUESTIONS: readonly QuestionName[] = ['bilateral view', 'neighbourhood', 'search'];

/** The selections of the GraphiQL examples (src/api/graphiql-examples.ts). */
export const API_QUERIES: Record<QuestionName, string> = {
  'bilateral view': `{ bilateralRelation(countryA: "${COUNTRY_A}", countryB: "${COUNTRY_B}") {
    nameEn
    since { value text establishedBy { nameEn } }
    timeline { nameEn status time { text value precision yearInferred } cameo { code label } }
    sectors { subject { nameEn } eventCount }
    initiatives { subject { name } eventCount }
    people { person { name positions { position { nameEn } } } roles }
    agreements { nameEn state negotiationLevels } } }`,
  neighbourhood: `{ neighborhood(id: "${PERSON}", depth: 2, limit: ${NEIGHBOURHOOD_LIMIT}) {
    truncated nodes { id type displayName } edges { id type source target evidence { basis } } } }`,
  search: `{ search(text: ${JSON.stringify(SEARCH_TEXT)}, first: ${SEARCH_FIRST}) {
    score node { __typename id name nameEn aliases } } }`,
};

/**
 * The relation's id by the model's convention (docs/model.md: `relation:<a>--<b>`, slugs in
 * alphabetical order), which a client of @neo4j/graphql can compute: a lookup by id is the
 * library's fastest way in, so the comparison gives it that.
 */
const RELATION_ID = `relation:${[COUNTRY_A, COUNTRY_B]
  .map((id) => id.slice('country:'.length))
  .sort()
  .join('--')}`;

/** The same questions in @neo4j/graphql's generated API (bench/scale/neo4j-graphql-type-defs.ts). */
export const NEO4J_GRAPHQL_QUERIES: Record<QuestionName, string> = {
  // Agreements both countries are party to: from the first country, those the second is party to.
  'bilateral view': `{ bilateralRelations(where: { id: { eq: "${RELATION_ID}" } }) {
      nameEn since sinceText establishedBy { nameEn }
      timeline { nameEn status timeText timeValue timePrecision yearInferred cameoCode cameoLabel }
      sectors { subject { nameEn } eventCount }
      initiatives { subject { name } eventCount }
      people { name positions roles } }
    countries(where: { id: { eq: "${COUNTRY_A}" } }) {
      agreements(where: { parties: { some: { id: { eq: "${COUNTRY_B}" } } } }) { nameEn state negotiationLevels } } }`,
  neighbourhood: `{ neighborhood2(id: "${PERSON}", limit: ${NEIGHBOURHOOD_LIMIT}) {
    truncated nodes { id type displayName } edges { id type source target basis } } }`,
  // The client escapes the words as the API does, so both send Lucene the same query.
  search: `{ searchEntities(phrase: ${JSON.stringify(toFullTextQuery(SEARCH_TEXT))}, sort: [{ score: DESC }], first: ${SEARCH_FIRST}) {
    edges { score node { id name nameEn aliases } } } }`,
};

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any -- answers are checked by shape below

const lower = (value: unknown) => (typeof value === 'string' ? value.toLowerCase() : (value ?? null));
const sortBy = <T>(items: readonly T[], key: (item: T) => string) =>
  [...items].sort((a, b) => key(a).localeCompare(key(b)));
const sorted = (items: readonly unknown[] | null | undefined) => [...(items ?? [])].map(String).sort();

/** An event of a timeline from its stored properties (or the API's fields, already shaped). */
export function timelineEntry(event: {
  nameEn: unknown;
  status: unknown;
  time: { text: unknown; value: unknown; precision: unknown; yearInferred: unknown } | null;
  cameo: { code: unknown; label: unknown } | null;
}) {
  return {
    nameEn: event.nameEn ?? null,
    status: lower(event.status),
    time: event.time
      ? {
          text: event.time.text,
          value: event.time.value,
          precision: event.time.precision,
          yearInferred: event.time.yearInferred === true,
        }
      : null,
    cameo: event.cameo ? { code: event.cameo.code, label: event.cameo.label } : null,
  };
}

export interface CanonicalBilateral {
  nameEn: unknown;
  since: { value: unknown; text: unknown; establishedBy: string[] } | null;
  timeline: Parameters<typeof timelineEntry>[0][];
  sectors: { name: unknown; eventCount: number }[];
  initiatives: { name: unknown; eventCount: number }[];
  people: { name: unknown; positions: string[]; roles: string[] }[];
  agreements: { nameEn: unknown; state: unknown; negotiationLevels: string[] }[];
}

export function canonicalBilateral(answer: CanonicalBilateral): CanonicalBilateral {
  const counts = (items: CanonicalBilateral['sectors']) =>
    sortBy(
      items.map((item) => ({ name: item.name, eventCount: item.eventCount })),
      (item) => stableJson(item),
    );
  return {
    nameEn: answer.nameEn ?? null,
    since: answer.since
      ? {
          value: answer.since.value,
          text: answer.since.text,
          establishedBy: sorted(answer.since.establishedBy),
        }
      : null,
    timeline: sortBy(answer.timeline.map(timelineEntry), (entry) => stableJson(entry)),
    sectors: counts(answer.sectors),
    initiatives: counts(answer.initiatives),
    people: sortBy(
      answer.people.map((person) => ({
        name: person.name,
        positions: sorted(person.positions),
        roles: sorted(person.roles),
      })),
      (entry) => stableJson(entry),
    ),
    agreements: sortBy(
      answer.agreements.map((agreement) => ({
        nameEn: agreement.nameEn ?? null,
        state: lower(agreement.state),
        negotiationLevels: sorted(agreement.negotiationLevels),
      })),
      (entry) => stableJson(entry),
    ),
  };
}

export interface CanonicalSubgraph {
  truncated: boolean;
  nodes: { id: string; type: string; displayName: string }[];
  edges: { id: string; type: string; source: string; target: string; basis: unknown }[];
}

export function canonicalSubgraph(answer: CanonicalSubgraph): CanonicalSubgraph {
  return {
    truncated: answer.truncated,
    nodes: sortBy(
      answer.nodes.map((node) => ({ id: node.id, type: node.type, displayName: node.displayName })),
      (node) => node.id,
    ),
    edges: sortBy(
      answer.edges.map((edge) => ({
        id: edge.id,
        type: edge.type,
        source: edge.source,
        target: edge.target,
        basis: lower(edge.basis),
      })),
      (edge) => `${edge.type} ${edge.source} ${edge.target} ${edge.id}`,
    ),
  };
}

export type CanonicalSearch = {
  id: string;
  name: unknown;
  nameEn: unknown;
  aliases: string[];
  score: number;
}[];

/** Hits by score, ties by id (the order itself is each server's business), scores rounded. */
export function canonicalSearch(hits: CanonicalSearch): CanonicalSearch {
  return hits
    .map((hit) => ({
      id: hit.id,
      name: hit.name ?? null,
      nameEn: hit.nameEn ?? null,
      aliases: sorted(hit.aliases),
      score: Math.round(hit.score * 1e4) / 1e4,
    }))
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

/** JSON with the keys of every object sorted, so two equal answers print the same. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, entry: unknown) =>
    entry && typeof entry === 'object' && !Array.isArray(entry)
      ? Object.fromEntries(Object.entries(entry).sort(([a], [b]) => a.localeCompare(b)))
      : entry,
  );
}

/** The canonical answer from this API's response data. */
export function fromApi(question: QuestionName, data: Json): unknown {
  if (question === 'bilateral view') {
    const relation = data.bilateralRelation;
    return canonicalBilateral({
      nameEn: relation.nameEn,
      since: relation.since && {
        value: relation.since.value,
        text: relation.since.text,
        establishedBy: relation.since.establishedBy ? [relation.since.establishedBy.nameEn] : [],
      },
      timeline: relation.timeline.map(timelineEntry),
      sectors: relation.sectors.map((s: Json) => ({ name: s.subject.nameEn, eventCount: s.eventCount })),
      initiatives: relation.initiatives.map((s: Json) => ({
        name: s.subject.name,
        eventCount: s.eventCount,
      })),
      people: relation.people.map((p: Json) => ({
        name: p.person.name,
        positions: p.person.positions.map((link: Json) => link.position.nameEn),
        roles: p.roles,
      })),
      agreements: relation.agreements,
    });
  }
  if (question === 'neighbourhood') {
    const subgraph = data.neighborhood;
    return canonicalSubgraph({
      truncated: subgraph.truncated,
      nodes: subgraph.nodes,
      edges: subgraph.edges.map((e: Json) => ({ ...e, basis: e.evidence.basis })),
    });
  }
  return canonicalSearch(data.search.map((hit: Json) => ({ ...hit.node, score: hit.score })));
}

/** The canonical answer from @neo4j/graphql's response data. */
export function fromNeo4jGraphQL(question: QuestionName, data: Json): unknown {
  if (question === 'bilateral view') {
    const relation = data.bilateralRelations[0];
    return canonicalBilateral({
      nameEn: relation.nameEn,
      since:
        relation.since === null
          ? null
          : {
              value: relation.since,
              text: relation.sinceText,
              establishedBy: relation.establishedBy.map((event: Json) => event.nameEn),
            },
      timeline: relation.timeline.map((event: Json) =>
        timelineEntry({
          nameEn: event.nameEn,
          status: event.status,
          time:
            event.timeValue === null
              ? null
              : {
                  text: event.timeText,
                  value: event.timeValue,
                  precision: event.timePrecision,
                  yearInferred: event.yearInferred,
                },
          cameo: event.cameoCode === null ? null : { code: event.cameoCode, label: event.cameoLabel },
        }),
      ),
      sectors: relation.sectors.map((s: Json) => ({ name: s.subject.nameEn, eventCount: s.eventCount })),
      initiatives: relation.initiatives.map((s: Json) => ({
        name: s.subject.name,
        eventCount: s.eventCount,
      })),
      people: relation.people,
      agreements: data.countries[0].agreements,
    });
  }
  if (question === 'neighbourhood') return canonicalSubgraph(data.neighborhood2);
  return canonicalSearch(
    data.searchEntities.edges.map((edge: Json) => ({ ...edge.node, score: edge.score })),
  );
}

/**
 * What must not change as the graph grows: the answer without what a rebuilt graph renumbers
 * (edge element ids) or the index statistics move (search scores).
 */
export function scaleInvariant(question: QuestionName, answer: unknown): string {
  if (question === 'neighbourhood') {
    const subgraph = answer as CanonicalSubgraph;
    return stableJson({ ...subgraph, edges: subgraph.edges.map((edge) => ({ ...edge, id: null })) });
  }
  if (question === 'search')
    return stableJson((answer as CanonicalSearch).map((hit) => ({ ...hit, score: null })));
  return stableJson(answer);
}
