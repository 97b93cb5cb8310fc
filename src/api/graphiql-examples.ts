/** The tabs GraphiQL opens with: each works on the article graph as loaded. */
export const GRAPHIQL_TABS = [
  {
    query: `# The bilateral view: since when, what happened, what was discussed, who took part.
query BilateralView {
  bilateralRelation(countryA: "country:rwanda", countryB: "country:kazakhstan") {
    nameEn
    since { value text establishedBy { nameEn } }
    timeline {
      nameEn
      status
      time { text value precision yearInferred }
      cameo { code label }
    }
    sectors { subject { nameEn } eventCount }
    initiatives { subject { name } eventCount }
    people { person { name positions { position { nameEn } } } roles }
    agreements { nameEn state negotiationLevels }
  }
}`,
  },
  {
    query: `# A neighbourhood for a graph widget: nodes and edges, ready to draw.
query Neighborhood {
  neighborhood(id: "person:murat-nurtleu", depth: 2, limit: 40) {
    truncated
    nodes { id type displayName }
    edges { id type source target evidence { basis } }
  }
}`,
  },
  {
    query: `# Search names and aliases, in Kinyarwanda or English.
query Search {
  search(text: "Ububanyi n'Amahanga", first: 5) {
    score
    node { __typename id name nameEn aliases }
  }
}`,
  },
  {
    query: `# How two people are connected, with the sentences behind each step.
query PathWithEvidence {
  shortestPath(from: "person:olivier-nduhungirehe", to: "person:kassym-jomart-tokayev", maxHops: 6) {
    nodes { id type displayName }
    edges {
      type
      source
      target
      evidence { basis source sentences { index text } }
    }
  }
}`,
  },
];
