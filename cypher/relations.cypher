// relations: the aggregated relations (the edge list), filtered and paginated, in id order.
// A relation is kept when its type is in $types, its confidence is at least $min_confidence,
// and it was active at some time in [$since, $until]: valid_from <= $until and
// active_until >= $since (the far past and far future when no dates are asked).
// Relations of one actor are read through neighbours.cypher instead (anchored on its id).
// Parameters: $types ([relation type]), $since, $until (dates), $min_confidence (float),
//   $skip, $limit (ints).
// Returns: id, type, source, target, valid_from, valid_to, valid_from_precision, valid_to_precision, active_until, ended, first_reported,
//   last_reported, confidence, claims, sources.
MATCH (:Actor)-[r:AFFILIATE_OF|SUCCESSOR_OF|SUPPORTS|ATTACKS|CEASEFIRE_WITH|ALLIED_WITH]->(:Actor)
WHERE r.type IN $types AND r.confidence >= $min_confidence
  AND (r.valid_from IS NULL OR r.valid_from <= $until)
  AND (r.active_until IS NULL OR r.active_until >= $since)
RETURN r.id AS id, r.type AS type, r.source AS source, r.target AS target,
    r.valid_from AS valid_from, r.valid_to AS valid_to,
    r.valid_from_precision AS valid_from_precision, r.valid_to_precision AS valid_to_precision, r.active_until AS active_until,
    r.ended AS ended, r.first_reported AS first_reported, r.last_reported AS last_reported,
    r.confidence AS confidence, r.claims AS claims, r.sources AS sources
ORDER BY id
SKIP $skip
LIMIT $limit;
