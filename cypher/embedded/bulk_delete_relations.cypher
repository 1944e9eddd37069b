// bulk_delete_relations: delete_relations for many relations: one hash join of the ids with the
// type's table (./delete_relations.cypher runs once per source actor), and their RelationState
// nodes by primary key.
// __TYPE__ is replaced by a member of the RelationType enum, never by user text.
// Parameters: $ids (relation ids of one type). Returns: nothing.
UNWIND $ids AS i
MATCH ()-[e:__TYPE__]->()
WHERE e.id = i
DELETE e;
UNWIND $ids AS i
MATCH (x:RelationState {id: i})
DELETE x;
