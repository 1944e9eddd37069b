// actors_existing: which of the given actor ids are stored (Neo4j form).
// One record holding every row (`_rows`, unpacked by the Neo4j store): streaming thousands of
// one-field records costs the driver about 5x more than one list of maps.
// Parameters: $ids: [string]. Returns: id.
UNWIND $ids AS i
MATCH (a:Actor {id: i})
RETURN collect({id: a.id}) AS _rows;
