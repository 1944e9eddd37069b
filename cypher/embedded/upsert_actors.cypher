// upsert_actors: create or update actors by id.
// LadybugDB: the store looks the ids up by primary key first (graph/backends/embedded.py) and
// creates the missing actors with ./bulk_upsert_actors.cypher; this updates the stored ones.
// (MERGE slows down as the table grows, and an OPTIONAL MATCH to find the missing ones is planned
// as a join costing ~2 ms even for one row.)
// Parameters: $rows: [{id, name, kind, aliases, wikidata, country, description, founded,
//   founded_precision, dissolved, dissolved_precision (a lifetime left empty keeps the stored one), search}]
//   of stored actors; the rows' label and stale_labels are for Neo4j only: LadybugDB has no multiple labels.
// Returns: nothing.
UNWIND $rows AS r
MATCH (a:Actor {id: r.id})
SET a.name = r.name, a.kind = r.kind, a.aliases = r.aliases, a.wikidata = r.wikidata,
    a.country = r.country, a.description = r.description, a.search = r.search,
    a.founded = coalesce(date(r.founded), a.founded),
    a.founded_precision = coalesce(r.founded_precision, a.founded_precision),
    a.dissolved = coalesce(date(r.dissolved), a.dissolved),
    a.dissolved_precision = coalesce(r.dissolved_precision, a.dissolved_precision);
