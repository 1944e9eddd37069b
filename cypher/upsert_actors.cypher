// upsert_actors: create or update actors by id, with their kind as a second label (:Actor:ArmedGroup).
// The labels come from the ActorKind enum (actor_row in graph/writing.py), never from input:
// the row's kind label is set and every other kind's label removed, so a kind change relabels.
// Parameters: $rows: [{id, name, kind, aliases, wikidata, country, description, search, label,
//   stale_labels}]
// Returns: nothing.
UNWIND $rows AS r
MERGE (a:Actor {id: r.id})
SET a.name = r.name, a.kind = r.kind, a.aliases = r.aliases, a.wikidata = r.wikidata,
    a.country = r.country, a.description = r.description, a.search = r.search
REMOVE a:$(r.stale_labels)
SET a:$(r.label);
