// Title: Facts with their sources, most corroborated first
// Answers: Every fact between two entities stated by at least the given number of independent
// sources (distinct outlets; an article without a known outlet counts alone), with the articles
// that state it, their publication dates and the words of each.
// @param minCorroboration 1  the least number of independent sources
// Neo4j Browser or cypher-shell: run this line first, without the //, to set the examples
// :param {minCorroboration: 1}
MATCH (subject:Entity)-[fact]->(object:Entity)
WHERE fact.corroboration >= $minCorroboration
RETURN subject.id AS subject,
       type(fact) AS relation,
       object.id AS object,
       fact.basis AS basis,
       fact.corroboration AS corroboration,
       fact.sources AS sources,
       fact.sourceDates AS published,
       fact.spanTexts AS words
ORDER BY corroboration DESC, subject, relation, object;
