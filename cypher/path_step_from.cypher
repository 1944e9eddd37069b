// path_step_from: path_step.cypher for one actor. The embedded store answers path_step, for a
// frontier of few actors, with this query per actor: found by primary key, where `x.id IN $ids`
// reads every actor (about 10 ms at 100k actors) whatever the frontier's size.
// Parameters: $id (actor id), $types ([relation type]), $since, $until (dates).
// Returns: near ($id), far (the other actor), id (the relation's id).
MATCH (x:Actor {id: $id})-[r:AFFILIATE_OF|SUCCESSOR_OF|SUPPORTS|ATTACKS|CEASEFIRE_WITH|ALLIED_WITH]-(y:Actor)
WHERE r.type IN $types
  AND coalesce(r.active_from, date('9999-12-31')) <= $until
  AND (r.active_until IS NULL OR r.active_until >= $since)
  AND (x.founded IS NULL OR x.founded <= $until)
  AND (x.dissolved IS NULL OR x.dissolved >= $since OR r.type = 'SUCCESSOR_OF')
  AND (y.founded IS NULL OR y.founded <= $until)
  AND (y.dissolved IS NULL OR y.dissolved >= $since OR r.type = 'SUCCESSOR_OF')
RETURN x.id AS near, y.id AS far, r.id AS id;
