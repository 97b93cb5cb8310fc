// Title: Agreements and their state
// Answers: Every agreement with its state (such as under negotiation), the levels at which it is
// negotiated, its parties, the sectors it covers, the talks it is negotiated in, and the
// sentence that states its state.
MATCH (agreement:Agreement)
OPTIONAL MATCH (party:Country)-[:PARTY_TO]->(agreement)
OPTIONAL MATCH (agreement)-[:COVERS]->(sector)
OPTIONAL MATCH (agreement)-[:NEGOTIATED_IN]->(talks:Event)
OPTIONAL MATCH (agreement)-[:STATED_IN {aspect: 'state'}]->(sentence:Sentence)
RETURN agreement.id AS agreement,
       agreement.nameEn AS name,
       agreement.state AS state,
       agreement.negotiationLevels AS levels,
       collect(DISTINCT party.name) AS parties,
       collect(DISTINCT sector.nameEn) AS covers,
       collect(DISTINCT talks.id) AS negotiatedIn,
       collect(DISTINCT sentence.text)[0] AS evidence
ORDER BY agreement;
