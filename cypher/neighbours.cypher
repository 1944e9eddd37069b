// neighbours: the relations one hop from a set of actors (one step of a neighbourhood walk).
// `x.id IN $ids`, not UNWIND + MATCH per id: LadybugDB plans the UNWIND form as a scan.
// Parameters: $ids ([actor id]), $types ([relation type]), $since, $until (dates).
// Returns: the relation's properties (id, type, source, target, valid_from, valid_to, valid_from_precision, valid_to_precision,
//   active_until, ended, first_reported, last_reported, confidence, claims, sources).
MATCH (x:Actor)-[r:AFFILIATE_OF|SUCCESSOR_OF|SUPPORTS|ATTACKS|CEASEFIRE_WITH|ALLIED_WITH]-(:Actor)
WHERE x.id IN $ids AND r.type IN $types
  AND (r.valid_from IS NULL OR r.valid_from <= $until)
  AND (r.active_until IS NULL OR r.active_until >= $since)
RETURN DISTINCT r.id AS id, r.type AS type, r.source AS source, r.target AS target,
    r.valid_from AS valid_from, r.valid_to AS valid_to,
    r.valid_from_precision AS valid_from_precision, r.valid_to_precision AS valid_to_precision, r.active_until AS active_until,
    r.ended AS ended, r.first_reported AS first_reported, r.last_reported AS last_reported,
    r.confidence AS confidence, r.claims AS claims, r.sources AS sources;
