// Title: Search entities by name
// Answers: Entities whose names in Kinyarwanda or English, or names as written in the articles,
// match words of a full-text query, best match first.
// @param text Astana  words to look for (Lucene syntax)
// Neo4j Browser or cypher-shell: run this line first, without the //, to set the examples
// :param {text: 'Astana'}
CALL db.index.fulltext.queryNodes('entity_names', $text) YIELD node, score
RETURN node.id AS id,
       [label IN labels(node) WHERE NOT label IN ['Entity', 'Actor']] AS labels,
       node.name AS name,
       node.nameEn AS nameEn,
       score
ORDER BY score DESC, id
LIMIT 20;
