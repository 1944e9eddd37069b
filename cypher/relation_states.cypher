// relation_states: the stored relations among the given keys, with their aggregate state.
// __TYPE__ is replaced by a member of the RelationType enum, never by user text.
// Parameters: $keys: [{id, type, source, target}] of one type (symmetric types in id order);
//   $ids and $sources (the same keys as lists) are for the LadybugDB override.
// Returns: id, state (RelationState JSON; null on relations written before states were stored).
// Both endpoints are sought first (the index hints), then the edge between them (Expand(Into),
// from the endpoint with fewer edges): without them Neo4j walks every edge of a hub.
UNWIND $keys AS k
MATCH (s:Actor {id: k.source}) USING INDEX s:Actor(id)
MATCH (t:Actor {id: k.target}) USING INDEX t:Actor(id)
MATCH (s)-[e:__TYPE__]->(t)
RETURN e.id AS id, e.state AS state;
