// Title: Commitments both sides made
// Answers: What the sides said they are ready or agreed to do, who committed, at which event,
// and the sentence that states it.
MATCH (commitment:Commitment)
OPTIONAL MATCH (actor)-[:COMMITTED_TO]->(commitment)
OPTIONAL MATCH (commitment)-[:MADE_AT]->(event:Event)
OPTIONAL MATCH (commitment)-[:STATED_IN]->(sentence:Sentence)
RETURN commitment.id AS commitment,
       commitment.summaryEn AS summary,
       collect(DISTINCT actor.name) AS by,
       collect(DISTINCT event.id) AS madeAt,
       collect(DISTINCT sentence.text)[0] AS evidence
ORDER BY commitment;
