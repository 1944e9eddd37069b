// upsert_actors: create or update actors by id.
// LadybugDB's MERGE slows down as the table grows; creating only the missing ids and then
// setting every row stays flat.
// Parameters: $rows: [{id, name, kind, aliases, wikidata, country, description, founded,
//   founded_precision, dissolved, dissolved_precision (a lifetime left empty keeps the stored one), search}]; the rows'
//   label and stale_labels are for Neo4j only: LadybugDB has no multiple labels.
// Returns: nothing.
UNWIND $rows AS r
OPTIONAL MATCH (a:Actor {id: r.id})
WITH r, a WHERE a IS NULL
CREATE (:Actor {id: r.id});
UNWIND $rows AS r
MATCH (a:Actor {id: r.id})
SET a.name = r.name, a.kind = r.kind, a.aliases = r.aliases, a.wikidata = r.wikidata,
    a.country = r.country, a.description = r.description, a.search = r.search,
    a.founded = coalesce(date(r.founded), a.founded),
    a.founded_precision = coalesce(r.founded_precision, a.founded_precision),
    a.dissolved = coalesce(date(r.dissolved), a.dissolved),
    a.dissolved_precision = coalesce(r.dissolved_precision, a.dissolved_precision);
