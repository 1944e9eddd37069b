// delete_relations: see ../delete_relations.cypher; LadybugDB also deletes the relations'
// RelationState nodes (by primary key). Many ids: ./bulk_delete_relations.cypher.
// __TYPE__ is replaced by a member of the RelationType enum, never by user text.
// Parameters: $ids (relation ids of one type), $sources (their source actors); $keys unused.
// Returns: nothing.
MATCH (s:Actor)-[e:__TYPE__]->(:Actor)
WHERE s.id IN $sources AND e.id IN $ids
DELETE e;
UNWIND $ids AS i
MATCH (x:RelationState {id: i})
DELETE x;
