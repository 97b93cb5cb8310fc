/**
 * Type definitions of this model for @neo4j/graphql, the library the benchmark compares with.
 * Plain fields and relationships are the library's own (it writes the Cypher); `@cypher` is used
 * only where its generated API cannot express a dashboard question: counts of events per subject,
 * people grouped with their roles across a relation's events, and a neighbourhood walk. Search
 * uses the library's `@fulltext` over the project's `entity_names` index.
 */
import { ENTITY_KIND_NAMES, ENTITY_KINDS, factTypePattern } from '../../src/graph/model';

/** The GraphQL type of a node from its labels, as graphQLTypeOf in the model decides it. */
const KINDS = `[${ENTITY_KIND_NAMES.map(
  (kind) =>
    `{name: '${kind}', labels: [${ENTITY_KINDS[kind].labels.map((label) => `'${label}'`).join(', ')}]}`,
).join(', ')}]`;
const TYPE_OF = (node: string) =>
  `head([kind IN ${KINDS} WHERE kind.name IN labels(${node}) AND all(label IN kind.labels WHERE label IN labels(${node})) | kind.name])`;
const FACTS = factTypePattern();

const SUBJECT_COUNTS = (
  label: string,
) => `MATCH (this)-[:INCLUDES_EVENT]->(event:Event)-[:DISCUSSED]->(subject:${label})
      WITH subject, count(DISTINCT event) AS events
      ORDER BY events DESC, subject.nameEn
      RETURN {subject: {id: subject.id, name: subject.name, nameEn: subject.nameEn}, eventCount: events} AS counts`;

export const NEO4J_GRAPHQL_TYPE_DEFS = /* GraphQL */ `
  type Country @node(labels: ["Country", "Entity", "Actor"]) {
    id: ID!
    name: String!
    nameEn: String
    relations: [BilateralRelation!]! @relationship(type: "PARTY_TO", direction: OUT)
    agreements: [Agreement!]! @relationship(type: "PARTY_TO", direction: OUT)
  }

  type Position @node(labels: ["Position", "Entity"]) {
    id: ID!
    name: String!
    nameEn: String
  }

  type Event @node(labels: ["Event", "Entity"]) {
    id: ID!
    name: String!
    nameEn: String
    status: String
    timeText: String
    timeValue: String
    timePrecision: String
    yearInferred: Boolean
    cameoCode: String
    cameoLabel: String
  }

  type Agreement @node(labels: ["Agreement", "Entity"]) {
    id: ID!
    name: String!
    nameEn: String
    state: String
    negotiationLevels: [String!]
    parties: [Country!]! @relationship(type: "PARTY_TO", direction: IN)
  }

  type SubjectName {
    id: ID!
    name: String
    nameEn: String
  }

  type SubjectCount {
    subject: SubjectName!
    eventCount: Int!
  }

  type PersonInvolvement {
    name: String!
    positions: [String!]!
    roles: [String!]!
  }

  type BilateralRelation @node(labels: ["BilateralRelation", "Entity"]) {
    id: ID!
    name: String!
    nameEn: String
    since: String
    sinceText: String
    sincePrecision: String
    countries: [Country!]! @relationship(type: "PARTY_TO", direction: IN)
    establishedBy: [Event!]! @relationship(type: "ESTABLISHED_BY", direction: OUT)
    timeline: [Event!]! @relationship(type: "INCLUDES_EVENT", direction: OUT)
    sectors: [SubjectCount!]! @cypher(statement: """${SUBJECT_COUNTS('Sector')}""", columnName: "counts")
    initiatives: [SubjectCount!]! @cypher(statement: """${SUBJECT_COUNTS('Initiative')}""", columnName: "counts")
    people: [PersonInvolvement!]!
      @cypher(
        statement: """MATCH (this)-[:INCLUDES_EVENT]->(event:Event)<-[part:PARTICIPANT_IN]-(person:Person)
      WITH person, collect(DISTINCT part.role) AS roles
      RETURN {name: person.name, roles: roles,
              positions: COLLECT { MATCH (person)-[:HOLDS_POSITION]->(position:Position) RETURN position.nameEn }} AS people"""
        columnName: "people"
      )
  }

  type Entity @node(labels: ["Entity"]) @fulltext(indexes: [{ indexName: "entity_names", queryName: "searchEntities", fields: ["searchText"] }]) {
    id: ID!
    name: String
    nameEn: String
    aliases: [String!]
    searchText: String
  }

  type GraphNode {
    id: ID!
    type: String!
    displayName: String!
  }

  type GraphEdge {
    id: ID!
    type: String!
    source: ID!
    target: ID!
    basis: String
  }

  type Subgraph {
    nodes: [GraphNode!]!
    edges: [GraphEdge!]!
    truncated: Boolean!
  }

  type Query {
    "The entities within two fact relationships of a node, nearest first, and the facts among them."
    neighborhood2(id: ID!, limit: Int!): Subgraph
      @cypher(
        statement: """MATCH (start:Entity {id: $id})
      OPTIONAL MATCH (start)-[rels:${FACTS}*1..2]-(other:Entity)
      WHERE other <> start
      WITH start, other, min(size(rels)) AS distance
      ORDER BY distance, other.id
      WITH start, [n IN collect(other) WHERE n IS NOT NULL] AS others
      WITH [start] + others[0..$limit - 1] AS nodes, size(others) > $limit - 1 AS truncated
      CALL (nodes) {
        UNWIND nodes AS a
        MATCH (a)-[r:${FACTS}]->(b:Entity)
        WHERE b IN nodes
        RETURN collect(r) AS edges
      }
      RETURN {
        nodes: [n IN nodes | {id: n.id, type: ${TYPE_OF('n')}, displayName: toString(coalesce(n.nameEn, n.name, n.id))}],
        edges: [r IN edges | {id: elementId(r), type: type(r), source: startNode(r).id, target: endNode(r).id, basis: r.basis}],
        truncated: truncated
      } AS subgraph"""
        columnName: "subgraph"
      )
  }
`;
