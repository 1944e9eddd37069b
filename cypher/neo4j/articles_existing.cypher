// articles_existing: which of the given article ids are stored (Neo4j form: one `_rows` record,
// see neo4j/actors_existing.cypher).
// Parameters: $ids: [string]. Returns: id, source, revision.
UNWIND $ids AS i
MATCH (a:Article {id: i})
RETURN collect({id: a.id, source: a.source, revision: a.revision}) AS _rows;
