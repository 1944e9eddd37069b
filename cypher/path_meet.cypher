// path_meet: whether the two frontiers of graph/paths.py's search touch: the relations a path may
// walk (as in path_step.cypher) between an actor of $ids and one of $far. Read in the database, so
// a hub on a frontier is never read out when the sides meet.
// Parameters: $ids, $far ([actor id]: the two frontiers), $types ([relation type]), $since, $until.
// Returns: near (the actor of $ids), far (the actor of $far), id (the relation's id).
MATCH (x:Actor)-[r:AFFILIATE_OF|SUCCESSOR_OF|SUPPORTS|ATTACKS|CEASEFIRE_WITH|ALLIED_WITH]-(y:Actor)
WHERE x.id IN $ids AND y.id IN $far AND r.type IN $types
  AND coalesce(r.active_from, date('9999-12-31')) <= $until
  AND (r.active_until IS NULL OR r.active_until >= $since)
  AND (x.founded IS NULL OR x.founded <= $until)
  AND (x.dissolved IS NULL OR x.dissolved >= $since OR r.type = 'SUCCESSOR_OF')
  AND (y.founded IS NULL OR y.founded <= $until)
  AND (y.dissolved IS NULL OR y.dissolved >= $since OR r.type = 'SUCCESSOR_OF')
RETURN x.id AS near, y.id AS far, r.id AS id;
