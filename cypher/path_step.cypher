// path_step: one level of graph/paths.py's search from both ends: the relations (any direction)
// of a frontier of actors that a path may walk: of $types, active at some time in [$since, $until]
// with both actors alive then (neighbours.cypher's filter; intervals.active in Python).
// Parameters: $ids ([actor id]: the frontier), $types ([relation type]), $since, $until (dates).
// Returns: near (the frontier's actor), far (the other actor), id (the relation's id).
MATCH (x:Actor)-[r:AFFILIATE_OF|SUCCESSOR_OF|SUPPORTS|ATTACKS|CEASEFIRE_WITH|ALLIED_WITH]-(y:Actor)
WHERE x.id IN $ids AND r.type IN $types
  AND coalesce(r.active_from, date('9999-12-31')) <= $until
  AND (r.active_until IS NULL OR r.active_until >= $since)
  AND (x.founded IS NULL OR x.founded <= $until)
  AND (x.dissolved IS NULL OR x.dissolved >= $since OR r.type = 'SUCCESSOR_OF')
  AND (y.founded IS NULL OR y.founded <= $until)
  AND (y.dissolved IS NULL OR y.dissolved >= $since OR r.type = 'SUCCESSOR_OF')
RETURN x.id AS near, y.id AS far, r.id AS id;
