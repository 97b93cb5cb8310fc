// Title: What is planned, what happened, what is ongoing
// Answers: Events grouped by status, each with the words of the article that mark the status
// (a future "is expected", a past "met", a present "are continuing").
MATCH (event:Event)
OPTIONAL MATCH (event)-[marker:STATED_IN {aspect: 'status'}]->(:Sentence)
WITH event, collect(marker.text) AS statusWords
RETURN event.status AS status,
       event.id AS eventId,
       event.nameEn AS what,
       event.timeValue AS time,
       statusWords
ORDER BY CASE event.status WHEN 'planned' THEN 0 WHEN 'ongoing' THEN 1 ELSE 2 END, event.timeStart IS NULL, event.timeStart;
