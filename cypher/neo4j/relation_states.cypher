// relation_states: the stored relations among the given keys, with their aggregate state
// (Neo4j form: one `_rows` record, see neo4j/actors_existing.cypher).
// __TYPE__ is replaced by a member of the RelationType enum, never by user text.
// Sought by relation id (the relation_id_* indexes of schema.cypher), not by expanding the
// endpoints: inside a batch's transaction the endpoints also carry its new SUBJECT/OBJECT edges,
// and a hub's edges grow with the graph.
// Parameters: $keys: [{id, type, source, target}] of one type (symmetric types in id order).
// Returns: id, state (RelationState JSON; null on relations written before states were stored).
UNWIND $keys AS k
MATCH ()-[e:__TYPE__ {id: k.id}]->()
RETURN collect({id: e.id, state: e.state}) AS _rows;
