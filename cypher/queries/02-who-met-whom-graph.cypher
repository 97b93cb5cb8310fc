// Title: Who met whom, where, drawn
// Answers: Every person taking part in a meeting or visit, the event, and the place it was held,
// as paths, so that Neo4j Browser and Bloom draw who met whom as a graph (02-who-met-whom gives
// the same meetings as a table, with roles, times and sentences).
MATCH met = (person:Person)-[:PARTICIPANT_IN]->(event:Event)
OPTIONAL MATCH held = (event)-[:HELD_IN]->(place)
RETURN met, held
ORDER BY event.timeStart IS NULL, event.timeStart, event.id, person.name;
