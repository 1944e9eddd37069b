// lock_actors: take the write lock of the given actors until the transaction ends, so two
// writers adding claims to one relation (its endpoints) run one after the other and the second
// sees the first's claims and state. Ids in sorted order: every writer locks in the same order.
// Parameters: $ids: [string] (sorted). Returns: nothing.
UNWIND $ids AS i
MATCH (a:Actor {id: i})
SET a._lock = true
REMOVE a._lock;
