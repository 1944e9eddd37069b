// lock_actors: nothing to lock in LadybugDB: the store runs one write transaction at a time
// (graph/backends/embedded.py), so writers never interleave.
// Parameters: $ids: [string]. Returns: locked (how many ids were given).
UNWIND $ids AS i
RETURN count(i) AS locked;
