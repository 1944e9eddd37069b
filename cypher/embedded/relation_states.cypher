// relation_states: the stored relations among the given keys, with their aggregate state.
// LadybugDB: read from the RelationState node table by primary key (an index lookup per id,
// whatever the store holds); an edge property could only be found by scanning the type's edges.
// Parameters: $ids (relation ids of one type); $keys and $sources are unused.
// Returns: id, state (RelationState JSON; null on relations written before states were stored).
UNWIND $ids AS i
MATCH (x:RelationState {id: i})
RETURN x.id AS id, x.state AS state;
