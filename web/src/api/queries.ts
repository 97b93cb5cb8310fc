/**
 * Every operation the explorer sends. Only fields of the public schema (schema.graphql) are used,
 * as a dashboard would; `npm run test:browser` runs them all against the real API.
 */

const SENTENCE = `id index text start end article { id title titleEn language }`;
const SPAN = `text start end aspect sentence { ${SENTENCE} }`;
const EVIDENCE = `basis source confidence rule sentences { ${SENTENCE} }`;
const SUBGRAPH = `truncated
  nodes { id labels type displayName properties }
  edges { id type source target properties evidence { ${EVIDENCE} } }`;
const REF = `__typename id name nameEn`;

export const SEARCH = `query ExplorerSearch($text: String!) {
  search(text: $text, first: 20) { score node { ${REF} } }
}`;

/** Names for type-ahead: the API's search matches whole words, so "Nurt" needs a prefix look-up here. */
export const ENTITY_NAMES = `query ExplorerEntityNames($after: String) {
  entities(first: 100, after: $after) {
    edges { node { ${REF} aliases } }
    pageInfo { hasNextPage endCursor }
  }
}`;

export const NEIGHBOURHOOD = `query ExplorerNeighbourhood($id: ID!, $depth: Int!, $limit: Int!) {
  neighborhood(id: $id, depth: $depth, limit: $limit) { ${SUBGRAPH} }
}`;

export const SHORTEST_PATH = `query ExplorerPath($from: ID!, $to: ID!) {
  shortestPath(from: $from, to: $to, maxHops: 10) { ${SUBGRAPH} }
}`;

export const NODE_DETAILS = `query ExplorerNode($id: ID!) {
  node(id: $id) {
    __typename id
    ... on Entity { name nameEn aliases mentions { ${SPAN} } statedIn { ${SPAN} } }
    ... on Event {
      eventKind: kind status
      time { text value precision yearInferred inference }
      statusWords { ${SPAN} }
    }
    ... on Agreement { state negotiationLevels }
    ... on Statement { statementKind: kind summaryEn quote speaker { ${REF} } }
    ... on Organization { orgKind: kind }
    ... on Place { placeKind: kind note }
    ... on Initiative { initiativeKind: kind description descriptionEn }
    ... on Position { title }
    ... on Commitment { summaryEn }
  }
}`;

/** Where the two ends of a relationship are named or stated, to mark them in its sentences. */
export const END_SPANS = `query ExplorerEnds($ids: [ID!]!) {
  nodes(ids: $ids) { id ... on Entity { mentions { ${SPAN} } statedIn { ${SPAN} } } }
}`;

export const PAIRS = `query ExplorerPairs {
  countries: entities(first: 100, filter: { types: [COUNTRY] }) { edges { node { ${REF} } } }
  relations: entities(first: 100, filter: { types: [BILATERAL_RELATION] }) {
    edges { node { ${REF} ... on BilateralRelation { countries { ${REF} } } } }
  }
}`;

export const BILATERAL = `query ExplorerBilateral($a: ID!, $b: ID!) {
  bilateralRelation(countryA: $a, countryB: $b) {
    ${REF}
    countries { ${REF} }
    since { value text establishedBy { ${REF} } }
    timeline { ${REF} kind status time { text value precision yearInferred inference } }
    sectors { subject { ${REF} } eventCount }
    initiatives { subject { ${REF} } eventCount }
    topics { subject { ${REF} } eventCount }
    people { person { ${REF} } roles events { ${REF} } }
    agreements { ${REF} state negotiationLevels parties { node { ${REF} } } }
  }
}`;
