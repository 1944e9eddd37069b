// actors_existing: which of the given actor ids are stored.
// Parameters: $ids: [string]. Returns: id.
UNWIND $ids AS i
MATCH (a:Actor {id: i})
RETURN a.id AS id;
