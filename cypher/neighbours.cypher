// neighbours: the relations one hop from a set of actors (one step of a neighbourhood walk).
// `x.id IN $ids`, not UNWIND + MATCH per id: LadybugDB plans the UNWIND form as a scan.
// Active in [$since, $until] as in alliances.cypher (relation dates and both actors' lifetimes).
// Parameters: $ids ([actor id]), $types ([relation type]), $since, $until (dates).
// Returns: the relation's properties (id, type, source, target, valid_from, valid_to, valid_from_precision, valid_to_precision,
//   active_from, observed_from, observed_to,
//   observed_from_precision, observed_to_precision, episodic, disputed, active_until, ended, first_reported, last_reported, confidence, claims, sources).
MATCH (x:Actor)-[r:AFFILIATE_OF|SUCCESSOR_OF|SUPPORTS|ATTACKS|CEASEFIRE_WITH|ALLIED_WITH]-(y:Actor)
WHERE x.id IN $ids AND r.type IN $types
  AND coalesce(r.active_from, date('9999-12-31')) <= $until
  AND (r.active_until IS NULL OR r.active_until >= $since)
  AND (x.founded IS NULL OR x.founded <= $until)
  AND (x.dissolved IS NULL OR x.dissolved >= $since OR r.type = 'SUCCESSOR_OF')
  AND (y.founded IS NULL OR y.founded <= $until)
  AND (y.dissolved IS NULL OR y.dissolved >= $since OR r.type = 'SUCCESSOR_OF')
RETURN DISTINCT r.id AS id, r.type AS type, r.source AS source, r.target AS target,
    r.valid_from AS valid_from, r.valid_to AS valid_to,
    r.valid_from_precision AS valid_from_precision, r.valid_to_precision AS valid_to_precision, r.active_from AS active_from, r.observed_from AS observed_from, r.observed_to AS observed_to,
    r.observed_from_precision AS observed_from_precision, r.observed_to_precision AS observed_to_precision,
    r.episodic AS episodic, r.disputed AS disputed, r.active_until AS active_until,
    r.ended AS ended, r.first_reported AS first_reported, r.last_reported AS last_reported,
    r.confidence AS confidence, r.claims AS claims, r.sources AS sources;
