// Title: Since when two countries have had relations
// Answers: The start of the bilateral relation between two countries: the year as normalised,
// the words of the article, and the sentence that states it.
// @param countryA country:kazakhstan  id of one country
// @param countryB country:rwanda  id of the other country (order does not matter)
// Neo4j Browser or cypher-shell: run this line first, without the //, to set the examples
// :param {countryA: 'country:kazakhstan', countryB: 'country:rwanda'}
MATCH (a:Entity:Country {id: $countryA})-[:PARTY_TO]->(relation:BilateralRelation)<-[:PARTY_TO]-(b:Entity:Country {id: $countryB})
OPTIONAL MATCH (relation)-[established:ESTABLISHED_BY]->(event:Event)
OPTIONAL MATCH (event)-[:STATED_IN {aspect: 'event'}]->(sentence:Sentence)
RETURN relation.nameEn AS relation,
       relation.since AS since,
       relation.sincePrecision AS precision,
       relation.sinceText AS sinceAsWritten,
       event.id AS establishedBy,
       sentence.text AS evidence;
