// relation_states: the stored relations among the given keys, with their aggregate state.
// __TYPE__ is replaced by a member of the RelationType enum, never by user text.
// Parameters: $keys: [{id, type, source, target}] of one type (symmetric types in id order);
//   $ids and $sources (the same keys as lists) are for the LadybugDB override.
// Returns: id, state (RelationState JSON; null on relations written before states were stored).
UNWIND $keys AS k
MATCH (:Actor {id: k.source})-[e:__TYPE__]->(:Actor {id: k.target})
RETURN e.id AS id, e.state AS state;
