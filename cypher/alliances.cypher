// alliances: the state-like relations of an actor active on a date: who backs it, whom it
// backs, its allies, parents, branches, predecessors, successors and ceasefires.
// Active on a date (pass it as $since and $until; the far past and far future for "ever"):
// active_from <= $until (a relation never dated counts only for "ever"), active_until >= $since,
// and both actors existed then (founded <= $until, dissolved >= $since; a SUCCESSOR_OF link,
// history once made, outlives both actors' dissolution). See docs/model.md.
// An episodic relation (seen only within events) counts from $episodic_since instead of $since
// (the attack window; graph/questions.py), so one query reads both kinds.
// Parameters: $id, $since, $until, $episodic_since. Returns: direction ('out': $id is the source,
//   'in'), other (the other actor's id), other_name, other_kind, other_founded,
//   other_founded_precision, other_dissolved, other_dissolved_precision (that actor, as in
//   actors_by_ids.cypher) and the relation's properties as in neighbours.cypher.
MATCH (x:Actor {id: $id})-[r:AFFILIATE_OF|SUCCESSOR_OF|SUPPORTS|CEASEFIRE_WITH|ALLIED_WITH]->(y:Actor)
WHERE coalesce(r.active_from, date('9999-12-31')) <= $until
  AND (r.active_until IS NULL OR r.active_until >= (CASE WHEN coalesce(r.episodic, false) THEN $episodic_since ELSE $since END))
  AND (x.founded IS NULL OR x.founded <= $until)
  AND (x.dissolved IS NULL OR x.dissolved >= (CASE WHEN coalesce(r.episodic, false) THEN $episodic_since ELSE $since END) OR r.type = 'SUCCESSOR_OF')
  AND (y.founded IS NULL OR y.founded <= $until)
  AND (y.dissolved IS NULL OR y.dissolved >= (CASE WHEN coalesce(r.episodic, false) THEN $episodic_since ELSE $since END) OR r.type = 'SUCCESSOR_OF')
RETURN 'out' AS direction, y.id AS other, y.name AS other_name, y.kind AS other_kind, y.founded AS other_founded,
    y.founded_precision AS other_founded_precision, y.dissolved AS other_dissolved,
    y.dissolved_precision AS other_dissolved_precision, r.id AS id, r.type AS type, r.source AS source,
    r.target AS target, r.valid_from AS valid_from, r.valid_to AS valid_to,
    r.valid_from_precision AS valid_from_precision, r.valid_to_precision AS valid_to_precision,
    r.active_from AS active_from, r.observed_from AS observed_from, r.observed_to AS observed_to,
    r.observed_from_precision AS observed_from_precision, r.observed_to_precision AS observed_to_precision,
    r.episodic AS episodic, r.disputed AS disputed, r.active_until AS active_until, r.ended AS ended, r.first_reported AS first_reported,
    r.last_reported AS last_reported, r.confidence AS confidence, r.claims AS claims,
    r.sources AS sources
UNION ALL
MATCH (x:Actor {id: $id})<-[r:AFFILIATE_OF|SUCCESSOR_OF|SUPPORTS|CEASEFIRE_WITH|ALLIED_WITH]-(y:Actor)
WHERE coalesce(r.active_from, date('9999-12-31')) <= $until
  AND (r.active_until IS NULL OR r.active_until >= (CASE WHEN coalesce(r.episodic, false) THEN $episodic_since ELSE $since END))
  AND (x.founded IS NULL OR x.founded <= $until)
  AND (x.dissolved IS NULL OR x.dissolved >= (CASE WHEN coalesce(r.episodic, false) THEN $episodic_since ELSE $since END) OR r.type = 'SUCCESSOR_OF')
  AND (y.founded IS NULL OR y.founded <= $until)
  AND (y.dissolved IS NULL OR y.dissolved >= (CASE WHEN coalesce(r.episodic, false) THEN $episodic_since ELSE $since END) OR r.type = 'SUCCESSOR_OF')
RETURN 'in' AS direction, y.id AS other, y.name AS other_name, y.kind AS other_kind, y.founded AS other_founded,
    y.founded_precision AS other_founded_precision, y.dissolved AS other_dissolved,
    y.dissolved_precision AS other_dissolved_precision, r.id AS id, r.type AS type, r.source AS source,
    r.target AS target, r.valid_from AS valid_from, r.valid_to AS valid_to,
    r.valid_from_precision AS valid_from_precision, r.valid_to_precision AS valid_to_precision,
    r.active_from AS active_from, r.observed_from AS observed_from, r.observed_to AS observed_to,
    r.observed_from_precision AS observed_from_precision, r.observed_to_precision AS observed_to_precision,
    r.episodic AS episodic, r.disputed AS disputed, r.active_until AS active_until, r.ended AS ended, r.first_reported AS first_reported,
    r.last_reported AS last_reported, r.confidence AS confidence, r.claims AS claims,
    r.sources AS sources;
