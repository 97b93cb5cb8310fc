// Title: Timeline of a bilateral relation
// Answers: What happened between two countries over time, oldest first: each event with its
// kind, status (planned, occurred, ongoing), time as written and normalised (with whether the
// year was inferred), and the sentence that states it. Events without a date come last.
// @param countryA country:rwanda  id of one country
// @param countryB country:kazakhstan  id of the other country (order does not matter)
// Neo4j Browser or cypher-shell: run this line first, without the //, to set the examples
// :param {countryA: 'country:rwanda', countryB: 'country:kazakhstan'}
MATCH (a:Entity:Country {id: $countryA})-[:PARTY_TO]->(relation:BilateralRelation)<-[:PARTY_TO]-(b:Entity:Country {id: $countryB})
MATCH (relation)-[:INCLUDES_EVENT]->(event:Event)
OPTIONAL MATCH (event)-[stated:STATED_IN {aspect: 'event'}]->(sentence:Sentence)
WITH event, collect(DISTINCT sentence.text) AS sentences
RETURN event.id AS eventId,
       event.kind AS kind,
       event.status AS status,
       event.timeText AS timeAsWritten,
       event.timeValue AS time,
       event.timePrecision AS precision,
       coalesce(event.yearInferred, false) AS yearInferred,
       sentences[0] AS evidence
ORDER BY event.timeStart IS NULL, event.timeStart, event.id;
