// bulk_upsert_actors: upsert_actors for actors not stored yet (the store looked their ids up by
// primary key): one plain CREATE with every property.
// Parameters: $rows: as ./upsert_actors.cypher, none of them stored. Returns: nothing.
UNWIND $rows AS r
CREATE (:Actor {id: r.id, name: r.name, kind: r.kind, aliases: r.aliases, wikidata: r.wikidata,
    country: r.country, description: r.description, search: r.search, founded: date(r.founded),
    founded_precision: r.founded_precision, dissolved: date(r.dissolved),
    dissolved_precision: r.dissolved_precision});
