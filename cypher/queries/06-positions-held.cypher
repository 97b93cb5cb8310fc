// Title: Positions people hold
// Answers: Each person's positions (a person may hold several at once), what each position
// belongs to (a country or a ministry), whether that link is stated in the article or is
// background knowledge, and the supporting sentence.
MATCH (person:Person)-[holds:HOLDS_POSITION]->(position:Position)
OPTIONAL MATCH (position)-[of:POSITION_OF]->(body)
OPTIONAL MATCH (sentence:Sentence) WHERE sentence.id IN holds.evidence
WITH person, position, body, of, collect(sentence.text)[0] AS evidence
RETURN person.name AS person,
       position.nameEn AS position,
       position.title AS titleAsWritten,
       coalesce(body.nameEn, body.name) AS of,
       of.basis AS ofBasis,
       of.source AS ofSource,
       evidence
ORDER BY person, position;
