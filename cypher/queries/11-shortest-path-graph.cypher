// Title: Shortest path between two entities, drawn
// Answers: How two entities are connected through the facts of the graph (provenance links to
// sentences are left out), as the path itself, so that Neo4j Browser and Bloom draw it
// (11-shortest-path lists the same path's ids and relationship types).
// @param fromId person:olivier-nduhungirehe  id of the first entity
// @param toId person:kassym-jomart-tokayev  id of the second entity
// Neo4j Browser or cypher-shell: run this line first, without the //, to set the examples
// :param {fromId: 'person:olivier-nduhungirehe', toId: 'person:kassym-jomart-tokayev'}
MATCH (from:Entity {id: $fromId}), (to:Entity {id: $toId})
MATCH path = shortestPath((from)-[*..8]-(to))
WHERE all(r IN relationships(path) WHERE r.basis IS NOT NULL)
RETURN path;
