// lock_actors: nothing to lock in LadybugDB, so no statement: the store runs one write
// transaction at a time (graph/backends/embedded.py), so writers never interleave.
// Parameters: $ids: [string] (unused). Returns: no row.
