// actor: one actor by id.
// Parameters: $id. Returns: id, name, kind, aliases, wikidata, country, description, founded, founded_precision, dissolved,
//   dissolved_precision.
MATCH (a:Actor {id: $id})
RETURN a.id AS id, a.name AS name, a.kind AS kind, a.aliases AS aliases,
    a.wikidata AS wikidata, a.country AS country, a.description AS description, a.founded AS founded,
    a.founded_precision AS founded_precision, a.dissolved AS dissolved, a.dissolved_precision AS dissolved_precision;
