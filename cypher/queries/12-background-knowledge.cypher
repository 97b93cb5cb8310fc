// Title: Background knowledge, kept apart from the article
// Answers: Every fact that is not stated in the article but added as background, with its
// source, so it can be reviewed or excluded.
MATCH (subject)-[fact]->(object)
WHERE fact.basis = 'background'
RETURN subject.id AS subject, type(fact) AS relation, object.id AS object, fact.source AS source
ORDER BY subject, relation;
