// Title: Every fact with the sentence that supports it
// Answers: Each relationship stated by the article (subject, relation, object) with the
// sentences given as its evidence, in article order: an audit trail for the whole graph.
// @param articleId rw-kz-2025-kagame-visit  id of the article
// Neo4j Browser or cypher-shell: run this line first, without the //, to set the examples
// :param {articleId: 'rw-kz-2025-kagame-visit'}
MATCH (article:Article {id: $articleId})-[:HAS_SENTENCE]->(sentence:Sentence)
MATCH (subject)-[fact]->(object)
WHERE fact.basis = 'article' AND sentence.id IN fact.evidence
RETURN sentence.index AS sentence,
       subject.id AS subject,
       type(fact) AS relation,
       fact.role AS role,
       object.id AS object,
       sentence.text AS evidence
ORDER BY sentence, subject, relation, object;
