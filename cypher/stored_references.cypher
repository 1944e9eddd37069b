// stored_references: which of the articles and actors a write names are stored, in one query
// (the write procedure's first read: its references, and the revisions of its articles).
// Parameters: $articles, $actors: [string]. Returns: kind ('article' or 'actor'), id, and, for
// articles, source and revision.
UNWIND $articles AS i
MATCH (a:Article {id: i})
RETURN 'article' AS kind, a.id AS id, a.source AS source, a.revision AS revision
UNION ALL
UNWIND $actors AS i
MATCH (x:Actor {id: i})
RETURN 'actor' AS kind, x.id AS id, null AS source, null AS revision;
