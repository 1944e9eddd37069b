// path_2: see ../path_2.cypher. The join HINT
// makes LadybugDB walk one relation from each end and join on the middle actor (its own plan
// walked two relations from one end, through hubs: about 4 times slower at 200k claims).
MATCH (a:Actor {id: $source})-[r1:AFFILIATE_OF|SUCCESSOR_OF|SUPPORTS|ATTACKS|CEASEFIRE_WITH|ALLIED_WITH]-(m:Actor)-[r2:AFFILIATE_OF|SUCCESSOR_OF|SUPPORTS|ATTACKS|CEASEFIRE_WITH|ALLIED_WITH]-(b:Actor {id: $target})
WHERE list_contains($types, r1.type)
  AND coalesce(r1.active_from, date('9999-12-31')) <= $until AND (r1.active_until IS NULL OR r1.active_until >= $since)
  AND list_contains($types, r2.type)
  AND coalesce(r2.active_from, date('9999-12-31')) <= $until AND (r2.active_until IS NULL OR r2.active_until >= $since)
HINT ((a JOIN r1) JOIN m) JOIN (b JOIN r2)
RETURN [r1.id, r2.id] AS links
ORDER BY r1.id, r2.id
LIMIT $limit;
