// neighbours_from: neighbours.cypher for one actor. The embedded store answers neighbours, for at
// most PER_SOURCE actors, with this query per actor (found by primary key, where `x.id IN $ids`
// reads every actor, ~10 ms at 100k actors), the relations seen from two of them once.
// Parameters: $id (actor id), $types ([relation type]), $since, $until (dates). Returns: as neighbours.cypher.
MATCH (x:Actor {id: $id})-[r:AFFILIATE_OF|SUCCESSOR_OF|SUPPORTS|ATTACKS|CEASEFIRE_WITH|ALLIED_WITH]-(y:Actor)
WHERE r.type IN $types
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
