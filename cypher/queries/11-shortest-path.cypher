// Title: Shortest path between two entities
// Answers: How two entities are connected through the facts of the graph (provenance links to
// sentences are left out): the nodes and relationships of one shortest path.
// @param fromId person:olivier-nduhungirehe  id of the first entity
// @param toId person:kassym-jomart-tokayev  id of the second entity
// Neo4j Browser or cypher-shell: run this line first, without the //, to set the examples
// :param {fromId: 'person:olivier-nduhungirehe', toId: 'person:kassym-jomart-tokayev'}
MATCH (from:Entity {id: $fromId}), (to:Entity {id: $toId})
MATCH path = shortestPath((from)-[*..8]-(to))
WHERE all(r IN relationships(path) WHERE r.basis IS NOT NULL)
RETURN [n IN nodes(path) | n.id] AS nodes,
       [r IN relationships(path) | type(r)] AS relationships,
       length(path) AS hops;
