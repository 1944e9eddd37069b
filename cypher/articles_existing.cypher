// articles_existing: which of the given article ids are stored.
// Parameters: $ids: [string]. Returns: id, source, revision.
UNWIND $ids AS i
MATCH (a:Article {id: i})
RETURN a.id AS id, a.source AS source, a.revision AS revision;
