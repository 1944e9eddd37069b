// claims_existing: which of the given claim ids are stored (Neo4j form: one `_rows` record,
// see neo4j/actors_existing.cypher).
// Parameters: $ids: [string]. Returns: id.
UNWIND $ids AS i
MATCH (c:Claim {id: i})
RETURN collect({id: c.id}) AS _rows;
