// Title: Where the article names an entity
// Answers: Every place an entity is named, with the words as written, their code point offsets
// in the article, and the sentence around them.
// @param entityId country:kazakhstan  id of the entity
// Neo4j Browser or cypher-shell: run this line first, without the //, to set the examples
// :param {entityId: 'country:kazakhstan'}
MATCH (entity:Entity {id: $entityId})-[mention:MENTIONED_IN]->(sentence:Sentence)<-[:HAS_SENTENCE]-(article:Article)
RETURN article.id AS article,
       sentence.index AS sentence,
       mention.text AS asWritten,
       mention.start AS start,
       mention.end AS end,
       sentence.text AS context
ORDER BY article, start;
