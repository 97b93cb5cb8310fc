// Title: A relation as of a date
// Answers: What the articles published up to a date said about the events between two
// countries: each event first reported by then, with its latest status and time as of that
// date. Articles without a publication date cannot be placed in time and are left out (the
// first article does not give its date, so on it alone this answers nothing).
// @param countryA country:rwanda  id of one country
// @param countryB country:kazakhstan  id of the other country (order does not matter)
// @param asOf 2025-05-26  the date (YYYY-MM-DD) to look back from
// Neo4j Browser or cypher-shell: run this line first, without the //, to set the examples
// :param {countryA: 'country:rwanda', countryB: 'country:kazakhstan', asOf: '2025-05-26'}
MATCH (:Entity:Country {id: $countryA})-[:PARTY_TO]->(relation:BilateralRelation)<-[:PARTY_TO]-(:Entity:Country {id: $countryB})
MATCH (relation)-[:INCLUDES_EVENT]->(event:Event)<-[:CLAIM_ABOUT]-(claim:Claim)
WHERE claim.publishedOn <= date($asOf)
WITH event, claim ORDER BY claim.publishedOn DESC, claim.articleId DESC
WITH event, collect(claim) AS claims
RETURN event.id AS eventId,
       coalesce(event.nameEn, event.name) AS event,
       [c IN claims WHERE c.property = 'status'][0].value AS status,
       [c IN claims WHERE c.property = 'time'][0].value AS time,
       [c IN claims WHERE c.property = 'status'][0].articleId AS statusFrom
ORDER BY time IS NULL, time, eventId;
