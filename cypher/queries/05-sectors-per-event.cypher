// Title: Sectors, topics and initiatives discussed per event
// Answers: For each event, what was discussed (sectors of cooperation, other topics and
// initiatives such as Astana Hub), each with its kind and the sentence that says so.
MATCH (event:Event)-[discussed:DISCUSSED]->(item)
MATCH (sentence:Sentence) WHERE sentence.id IN discussed.evidence
WITH event, item, collect(sentence.text)[0] AS evidence
RETURN event.id AS eventId,
       [label IN labels(item) WHERE label IN ['Sector', 'Topic', 'Initiative']][0] AS kind,
       item.nameEn AS discussed,
       item.name AS asWritten,
       evidence
ORDER BY event.timeStart, kind, discussed;
