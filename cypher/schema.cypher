// Constraints and indexes of the bilateral-ties graph. The loader applies this file before it
// writes; every statement is idempotent (IF NOT EXISTS).

// Every node from an extraction is an :Entity with a global id, such as country:rwanda; MERGE
// uses these constraints, so a second article naming Rwanda reaches the same node. Reads look an
// entity up by id on :Entity too, as (c:Entity:Country {id: $id}) or (n:Entity {id: $id}) WHERE
// n:Country: a label without the constraint, (c:Country {id: $id}), would scan that label. One
// index serves every kind, so the kinds carry no index of their own for writes to keep up.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (n:Sentence) REQUIRE n.id IS UNIQUE;

// What each article claims (an event's status or time, the start of relations), where sources
// disagree, and each article's extraction as loaded, from which the graph can be rebuilt.
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT conflict_id IF NOT EXISTS FOR (n:Conflict) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT extraction_id IF NOT EXISTS FOR (n:Extraction) REQUIRE n.id IS UNIQUE;
CREATE INDEX claim_property IF NOT EXISTS FOR (n:Claim) ON (n.property, n.subjectId);

// Timelines and dashboards filter and sort events by time and status.
CREATE INDEX event_time_start IF NOT EXISTS FOR (n:Event) ON (n.timeStart);
CREATE INDEX event_status IF NOT EXISTS FOR (n:Event) ON (n.status);
CREATE INDEX sentence_article IF NOT EXISTS FOR (n:Sentence) ON (n.articleId);

// Search over names in Kinyarwanda and English and every name as written in the articles
// (searchText joins them, see src/graph/write/write-plan.ts). The folding analyzer matches "Turkiye"
// to "Türkiye".
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Entity) ON EACH [n.searchText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
