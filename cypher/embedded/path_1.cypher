// path_1: see ../path_1.cypher. LadybugDB writes `x IN $list` as list_contains.
MATCH (a:Actor {id: $source})-[r1:AFFILIATE_OF|SUCCESSOR_OF|SUPPORTS|ATTACKS|CEASEFIRE_WITH|ALLIED_WITH]-(b:Actor {id: $target})
WHERE list_contains($types, r1.type)
  AND coalesce(r1.active_from, date('9999-12-31')) <= $until AND (r1.active_until IS NULL OR r1.active_until >= $since)
RETURN [r1.id] AS links;
