// changes: relations that began or ended between two dates: their first day (valid_from; for
// ATTACKS the first attack) or their last day (active_until) falls in [$since, $until].
// Parameters: $since, $until (dates), $types ([relation type]), $limit.
// Returns: id, type, source, target, valid_from, valid_to, valid_from_precision, valid_to_precision, active_from, observed_from, observed_to,
//   observed_from_precision, observed_to_precision, episodic, disputed, active_until, ended, first_reported,
//   last_reported, confidence, claims, sources.
MATCH (:Actor)-[r:AFFILIATE_OF|SUCCESSOR_OF|SUPPORTS|ATTACKS|CEASEFIRE_WITH|ALLIED_WITH]->(:Actor)
WHERE r.type IN $types
  AND ((r.valid_from IS NOT NULL AND r.valid_from >= $since AND r.valid_from <= $until)
    OR (r.active_until IS NOT NULL AND r.active_until >= $since AND r.active_until <= $until))
RETURN r.id AS id, r.type AS type, r.source AS source, r.target AS target,
    r.valid_from AS valid_from, r.valid_to AS valid_to,
    r.valid_from_precision AS valid_from_precision, r.valid_to_precision AS valid_to_precision, r.active_from AS active_from, r.observed_from AS observed_from, r.observed_to AS observed_to,
    r.observed_from_precision AS observed_from_precision, r.observed_to_precision AS observed_to_precision,
    r.episodic AS episodic, r.disputed AS disputed, r.active_until AS active_until,
    r.ended AS ended, r.first_reported AS first_reported, r.last_reported AS last_reported,
    r.confidence AS confidence, r.claims AS claims, r.sources AS sources
ORDER BY id
LIMIT $limit;
