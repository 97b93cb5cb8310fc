// Title: Status history of a relation's events
// Answers: For each event between two countries, what each article said about its status and
// when that article was published: planned as of one date, occurred as of a later one. Articles
// that do not give their date come last.
// @param countryA country:rwanda  id of one country
// @param countryB country:kazakhstan  id of the other country (order does not matter)
// Neo4j Browser or cypher-shell: run this line first, without the //, to set the examples
// :param {countryA: 'country:rwanda', countryB: 'country:kazakhstan'}
MATCH (:Entity:Country {id: $countryA})-[:PARTY_TO]->(relation:BilateralRelation)<-[:PARTY_TO]-(:Entity:Country {id: $countryB})
MATCH (relation)-[:INCLUDES_EVENT]->(event:Event)<-[:CLAIM_ABOUT]-(claim:Claim {property: 'status'})
MATCH (article:Article)-[:MAKES_CLAIM]->(claim)
RETURN event.id AS eventId,
       coalesce(event.nameEn, event.name) AS event,
       claim.value AS status,
       toString(claim.publishedOn) AS asOf,
       article.id AS article,
       article.outlet AS outlet,
       claim.text AS words
ORDER BY eventId, claim.publishedOn IS NULL, claim.publishedOn, article;
