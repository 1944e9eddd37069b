// bulk_relation_states: relation_states for many keys: one hash join of the ids with the type's
// table (the `IN` form of ./relation_states.cypher tests every edge of the sources against the list,
// which costs more than the whole table's ids once the batch names a few thousand relations).
// __TYPE__ is replaced by a member of the RelationType enum, never by user text.
// Parameters: $ids (relation ids of one type). Returns: id, state.
UNWIND $ids AS i
MATCH ()-[e:__TYPE__]->()
WHERE e.id = i
RETURN e.id AS id, e.state AS state;
