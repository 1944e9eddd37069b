// upsert_actors: create or update actors by id, with their kind as a second label (:Actor:ArmedGroup).
// The labels come from the ActorKind enum (actor_row in graph/writing.py), never from input:
// the row's kind label is set and every other kind's label removed, so a kind change relabels.
// Parameters: $rows: [{id, name, kind, aliases, wikidata, country, description, founded,
//   founded_precision, dissolved, dissolved_precision (a lifetime left empty keeps the stored one), search, label,
//   stale_labels}]
//   $stored (optional, LadybugDB only): the rows' ids already stored, as the caller read them.
// Returns: nothing.
UNWIND $rows AS r
MERGE (a:Actor {id: r.id})
SET a.name = r.name, a.kind = r.kind, a.aliases = r.aliases, a.wikidata = r.wikidata,
    a.country = r.country, a.description = r.description, a.search = r.search,
    a.founded = coalesce(date(r.founded), a.founded),
    a.founded_precision = coalesce(r.founded_precision, a.founded_precision),
    a.dissolved = coalesce(date(r.dissolved), a.dissolved),
    a.dissolved_precision = coalesce(r.dissolved_precision, a.dissolved_precision)
REMOVE a:$(r.stale_labels)
SET a:$(r.label);
