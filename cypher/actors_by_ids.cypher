// actors_by_ids: several actors by id.
// Parameters: $ids: [string]. Returns: id, name, kind, aliases, wikidata, country, description.
UNWIND $ids AS i
MATCH (a:Actor {id: i})
RETURN a.id AS id, a.name AS name, a.kind AS kind, a.aliases AS aliases,
    a.wikidata AS wikidata, a.country AS country, a.description AS description;
