// Title: What an initiative is in this story
// Answers: What an initiative such as Astana Hub or Smart Rwanda is (its kind and the article's
// own description), whose it is and where it is (with the basis of each), and which events
// discussed it, with the sentence that mentions it.
// @param initiativeId initiative:astana-hub  id of the initiative
// Neo4j Browser or cypher-shell: run this line first, without the //, to set the examples
// :param {initiativeId: 'initiative:astana-hub'}
MATCH (initiative:Entity:Initiative {id: $initiativeId})
OPTIONAL MATCH (initiative)-[owner:BELONGS_TO]->(country:Country)
OPTIONAL MATCH (initiative)-[located:LOCATED_IN]->(place)
OPTIONAL MATCH (event:Event)-[:DISCUSSED]->(initiative)
OPTIONAL MATCH (initiative)-[:MENTIONED_IN]->(sentence:Sentence)
RETURN initiative.name AS initiative,
       initiative.kind AS kind,
       initiative.description AS descriptionAsWritten,
       initiative.descriptionEn AS description,
       [x IN collect(DISTINCT {country: country.name, basis: owner.basis, source: owner.source}) WHERE x.country IS NOT NULL] AS belongsTo,
       [x IN collect(DISTINCT {place: place.nameEn, basis: located.basis}) WHERE x.place IS NOT NULL] AS locatedIn,
       collect(DISTINCT event.id) AS discussedAt,
       collect(DISTINCT sentence.text)[0] AS evidence;
