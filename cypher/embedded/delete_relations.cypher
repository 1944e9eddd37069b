// delete_relations: remove stored relations, with their RelationState nodes: those whose last claim
// was retracted (see ../delete_relations.cypher), and those a write is about to create again
// (clear_relations: SET on a LadybugDB relationship costs ~1 ms a row).
// The store runs this once per (type, source actor) of the ids (graph/backends/embedded_bulk.py):
// the source is found by primary key and only its edges of the type are tested, whatever the
// store holds (with the ids as a list, LadybugDB scans every actor, or joins every edge);
// each deleted edge's state by primary key. Many groups: ./bulk_delete_relations.cypher and
// ./bulk_clear_relations.cypher.
// __TYPE__ is replaced by a member of the RelationType enum, never by user text.
// Parameters: $source (one source actor), $ids (relation ids of one type from it). Returns: nothing.
MATCH (s:Actor {id: $source})-[e:__TYPE__]->(:Actor)
WHERE e.id IN $ids
WITH e, e.id AS i
MATCH (x:RelationState {id: i})
DELETE e, x;
