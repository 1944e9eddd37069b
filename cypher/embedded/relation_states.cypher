// relation_states: the stored relations among the given keys, with their aggregate state.
// LadybugDB: select the source actors with `IN` and filter the edges by id (UNWIND + MATCH per
// key is planned as a scan there).
// Parameters: $ids (relation ids of one type) and $sources (their source ids); $keys is unused.
// Returns: id, state (RelationState JSON; null on relations written before states were stored).
MATCH (s:Actor)-[e:__TYPE__]->(:Actor)
WHERE s.id IN $sources AND e.id IN $ids
RETURN e.id AS id, e.state AS state;
