// actor: one actor by id.
// Parameters: $id. Returns: id, name, kind, aliases, wikidata, country, description.
MATCH (a:Actor {id: $id})
RETURN a.id AS id, a.name AS name, a.kind AS kind, a.aliases AS aliases,
    a.wikidata AS wikidata, a.country AS country, a.description AS description;
