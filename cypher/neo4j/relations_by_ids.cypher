// relations_by_ids: see ../relations_by_ids.cypher. One seek of each type's relation-id index
// (schema.cypher) instead of expanding the source actors, whose edges a hub has by the thousand
// (73 ms p50 for a path's links at 200k claims). This override reads only $ids.
MATCH ()-[r:AFFILIATE_OF]->()
WHERE r.id IN $ids
RETURN r.id AS id, r.type AS type, r.source AS source, r.target AS target,
    r.valid_from AS valid_from, r.valid_to AS valid_to,
    r.valid_from_precision AS valid_from_precision, r.valid_to_precision AS valid_to_precision,
    r.active_from AS active_from, r.observed_from AS observed_from, r.observed_to AS observed_to,
    r.observed_from_precision AS observed_from_precision, r.observed_to_precision AS observed_to_precision,
    r.episodic AS episodic, r.disputed AS disputed, r.active_until AS active_until, r.ended AS ended, r.first_reported AS first_reported,
    r.last_reported AS last_reported, r.confidence AS confidence, r.claims AS claims,
    r.sources AS sources
UNION ALL
MATCH ()-[r:SUCCESSOR_OF]->()
WHERE r.id IN $ids
RETURN r.id AS id, r.type AS type, r.source AS source, r.target AS target,
    r.valid_from AS valid_from, r.valid_to AS valid_to,
    r.valid_from_precision AS valid_from_precision, r.valid_to_precision AS valid_to_precision,
    r.active_from AS active_from, r.observed_from AS observed_from, r.observed_to AS observed_to,
    r.observed_from_precision AS observed_from_precision, r.observed_to_precision AS observed_to_precision,
    r.episodic AS episodic, r.disputed AS disputed, r.active_until AS active_until, r.ended AS ended, r.first_reported AS first_reported,
    r.last_reported AS last_reported, r.confidence AS confidence, r.claims AS claims,
    r.sources AS sources
UNION ALL
MATCH ()-[r:SUPPORTS]->()
WHERE r.id IN $ids
RETURN r.id AS id, r.type AS type, r.source AS source, r.target AS target,
    r.valid_from AS valid_from, r.valid_to AS valid_to,
    r.valid_from_precision AS valid_from_precision, r.valid_to_precision AS valid_to_precision,
    r.active_from AS active_from, r.observed_from AS observed_from, r.observed_to AS observed_to,
    r.observed_from_precision AS observed_from_precision, r.observed_to_precision AS observed_to_precision,
    r.episodic AS episodic, r.disputed AS disputed, r.active_until AS active_until, r.ended AS ended, r.first_reported AS first_reported,
    r.last_reported AS last_reported, r.confidence AS confidence, r.claims AS claims,
    r.sources AS sources
UNION ALL
MATCH ()-[r:ATTACKS]->()
WHERE r.id IN $ids
RETURN r.id AS id, r.type AS type, r.source AS source, r.target AS target,
    r.valid_from AS valid_from, r.valid_to AS valid_to,
    r.valid_from_precision AS valid_from_precision, r.valid_to_precision AS valid_to_precision,
    r.active_from AS active_from, r.observed_from AS observed_from, r.observed_to AS observed_to,
    r.observed_from_precision AS observed_from_precision, r.observed_to_precision AS observed_to_precision,
    r.episodic AS episodic, r.disputed AS disputed, r.active_until AS active_until, r.ended AS ended, r.first_reported AS first_reported,
    r.last_reported AS last_reported, r.confidence AS confidence, r.claims AS claims,
    r.sources AS sources
UNION ALL
MATCH ()-[r:CEASEFIRE_WITH]->()
WHERE r.id IN $ids
RETURN r.id AS id, r.type AS type, r.source AS source, r.target AS target,
    r.valid_from AS valid_from, r.valid_to AS valid_to,
    r.valid_from_precision AS valid_from_precision, r.valid_to_precision AS valid_to_precision,
    r.active_from AS active_from, r.observed_from AS observed_from, r.observed_to AS observed_to,
    r.observed_from_precision AS observed_from_precision, r.observed_to_precision AS observed_to_precision,
    r.episodic AS episodic, r.disputed AS disputed, r.active_until AS active_until, r.ended AS ended, r.first_reported AS first_reported,
    r.last_reported AS last_reported, r.confidence AS confidence, r.claims AS claims,
    r.sources AS sources
UNION ALL
MATCH ()-[r:ALLIED_WITH]->()
WHERE r.id IN $ids
RETURN r.id AS id, r.type AS type, r.source AS source, r.target AS target,
    r.valid_from AS valid_from, r.valid_to AS valid_to,
    r.valid_from_precision AS valid_from_precision, r.valid_to_precision AS valid_to_precision,
    r.active_from AS active_from, r.observed_from AS observed_from, r.observed_to AS observed_to,
    r.observed_from_precision AS observed_from_precision, r.observed_to_precision AS observed_to_precision,
    r.episodic AS episodic, r.disputed AS disputed, r.active_until AS active_until, r.ended AS ended, r.first_reported AS first_reported,
    r.last_reported AS last_reported, r.confidence AS confidence, r.claims AS claims,
    r.sources AS sources;
