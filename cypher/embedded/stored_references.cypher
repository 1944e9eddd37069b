// stored_references: which of the articles and actors a write names are stored (LadybugDB form:
// the branches of a UNION must agree on each column's type, so the actors' nulls are typed).
// Parameters: $articles, $actors: [string]. Returns: kind, id, source, revision (articles only).
UNWIND $articles AS i
MATCH (a:Article {id: i})
RETURN 'article' AS kind, a.id AS id, a.source AS source, a.revision AS revision
UNION ALL
UNWIND $actors AS i
MATCH (x:Actor {id: i})
RETURN 'actor' AS kind, x.id AS id, CAST(NULL AS STRING) AS source, CAST(NULL AS STRING) AS revision;
