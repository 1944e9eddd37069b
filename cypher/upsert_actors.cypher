// upsert_actors: create or update actors by id.
// Parameters: $rows: [{id, name, kind, aliases, wikidata, country, description, search}]
// Returns: nothing.
UNWIND $rows AS r
MERGE (a:Actor {id: r.id})
SET a.name = r.name, a.kind = r.kind, a.aliases = r.aliases, a.wikidata = r.wikidata,
    a.country = r.country, a.description = r.description, a.search = r.search;
