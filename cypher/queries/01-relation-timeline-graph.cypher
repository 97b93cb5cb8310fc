// Title: Timeline of a bilateral relation, drawn
// Answers: The relation between two countries and every event it includes, as paths, so that
// Neo4j Browser and Bloom draw them as a graph (01-relation-timeline gives the same events as
// a table): the two countries, their relation, and each event, oldest first.
// @param countryA country:rwanda  id of one country
// @param countryB country:kazakhstan  id of the other country (order does not matter)
// Neo4j Browser or cypher-shell: run this line first, without the //, to set the examples
// :param {countryA: 'country:rwanda', countryB: 'country:kazakhstan'}
MATCH parties = (a:Entity:Country {id: $countryA})-[:PARTY_TO]->(relation:BilateralRelation)<-[:PARTY_TO]-(b:Entity:Country {id: $countryB})
MATCH timeline = (relation)-[:INCLUDES_EVENT]->(event:Event)
RETURN parties, timeline
ORDER BY event.timeStart IS NULL, event.timeStart, event.id;
