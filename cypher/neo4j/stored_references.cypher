// stored_references: which of the articles and actors a write names are stored (Neo4j form: one
// `_rows` record, see neo4j/actors_existing.cypher).
// Parameters: $articles, $actors: [string]. Returns: kind, id, source, revision (articles only).
CALL () {
    UNWIND $articles AS i
    MATCH (a:Article {id: i})
    RETURN 'article' AS kind, a.id AS id, a.source AS source, a.revision AS revision
    UNION ALL
    UNWIND $actors AS i
    MATCH (x:Actor {id: i})
    RETURN 'actor' AS kind, x.id AS id, null AS source, null AS revision
}
RETURN collect({kind: kind, id: id, source: source, revision: revision}) AS _rows;
