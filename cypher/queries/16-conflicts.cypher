// Title: Where sources disagree
// Answers: Every property on which the articles give different values (an event's dates or
// place, the start of a relation, whose office a position is), each value with the articles
// that give it, and whether background knowledge is one side. Both sides are kept; neither is
// corrected.
MATCH (conflict:Conflict)-[:CONFLICT_ABOUT]->(subject:Entity)
UNWIND range(0, size(conflict.values) - 1) AS i
RETURN subject.id AS subject,
       coalesce(subject.nameEn, subject.name) AS name,
       conflict.property AS property,
       conflict.kind AS kind,
       conflict.values[i] AS value,
       split(conflict.valueSources[i], ' ') AS sources
ORDER BY subject, property, value;
