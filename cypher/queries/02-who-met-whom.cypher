// Title: Who met whom, where and when
// Answers: Every meeting or visit with people taking part: the people and their
// roles, the place, the time as written, the status, and the sentence that says they met.
MATCH (event:Event)<-[participation:PARTICIPANT_IN]-(person:Person)
WITH event, collect({person: person.name, role: participation.role}) AS people
OPTIONAL MATCH (event)-[:HELD_IN]->(place)
OPTIONAL MATCH (event)-[:STATED_IN {aspect: 'event'}]->(sentence:Sentence)
WITH event, people, collect(DISTINCT coalesce(place.nameEn, place.name)) AS places, collect(DISTINCT sentence.text) AS sentences
RETURN event.id AS eventId,
       event.nameEn AS what,
       [p IN people | p.person + ' (' + p.role + ')'] AS people,
       places,
       event.timeText AS whenAsWritten,
       event.timeValue AS when,
       event.status AS status,
       sentences[0] AS evidence
ORDER BY event.timeStart IS NULL, event.timeStart;
