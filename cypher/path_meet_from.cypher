// path_meet_from: path_meet.cypher for one actor of a frontier (the embedded store's form for few
// actors, as path_step_from.cypher): its walkable relations reaching an actor of $far.
// Parameters: $id (actor id), $far ([actor id]), $types ([relation type]), $since, $until.
// Returns: near ($id), far (the actor of $far), id (the relation's id).
MATCH (x:Actor {id: $id})-[r:AFFILIATE_OF|SUCCESSOR_OF|SUPPORTS|ATTACKS|CEASEFIRE_WITH|ALLIED_WITH]-(y:Actor)
WHERE y.id IN $far AND r.type IN $types
  AND coalesce(r.active_from, date('9999-12-31')) <= $until
  AND (r.active_until IS NULL OR r.active_until >= $since)
  AND (x.founded IS NULL OR x.founded <= $until)
  AND (x.dissolved IS NULL OR x.dissolved >= $since OR r.type = 'SUCCESSOR_OF')
  AND (y.founded IS NULL OR y.founded <= $until)
  AND (y.dissolved IS NULL OR y.dissolved >= $since OR r.type = 'SUCCESSOR_OF')
RETURN x.id AS near, y.id AS far, r.id AS id;
