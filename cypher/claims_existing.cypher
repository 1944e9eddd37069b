// claims_existing: which of the given claim ids are stored.
// Parameters: $ids: [string]. Returns: id.
UNWIND $ids AS i
MATCH (c:Claim {id: i})
RETURN c.id AS id;
