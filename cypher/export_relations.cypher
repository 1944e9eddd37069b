// export_relations: the aggregated relations going out of a page of actors (keyset over actor ids,
// which are indexed; relation ids are not). An actor without relations gives one row with id null,
// so the caller always learns the page's last actor.
// Parameters: $after (the last actor id of the previous page; '' for the first), $limit (actors per page).
// Returns: actor, id, type, source, target, valid_from, valid_to, valid_from_precision, valid_to_precision, active_from, observed_from, observed_to,
//   observed_from_precision, observed_to_precision, episodic, disputed, active_until, ended, first_reported,
//   last_reported, confidence, claims, sources, state (RelationState JSON, for neo4j-admin files).
MATCH (s:Actor)
WHERE s.id > $after
WITH s ORDER BY s.id LIMIT $limit
OPTIONAL MATCH (s)-[r:AFFILIATE_OF|SUCCESSOR_OF|SUPPORTS|ATTACKS|CEASEFIRE_WITH|ALLIED_WITH]->(:Actor)
RETURN s.id AS actor, r.id AS id, r.type AS type, r.source AS source, r.target AS target,
    r.valid_from AS valid_from, r.valid_to AS valid_to,
    r.valid_from_precision AS valid_from_precision, r.valid_to_precision AS valid_to_precision, r.active_from AS active_from, r.observed_from AS observed_from, r.observed_to AS observed_to,
    r.observed_from_precision AS observed_from_precision, r.observed_to_precision AS observed_to_precision,
    r.episodic AS episodic, r.disputed AS disputed, r.active_until AS active_until,
    r.ended AS ended, r.first_reported AS first_reported, r.last_reported AS last_reported,
    r.confidence AS confidence, r.claims AS claims, r.sources AS sources, r.state AS state;
