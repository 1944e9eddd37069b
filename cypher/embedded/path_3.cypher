// path_3: see ../path_3.cypher. LadybugDB walks two relations from $source (by extending, with
// no scan of the actors between), then joins the target's own relations on the second actor
// (the HINT: built from $target). In one pattern, with or without a HINT, it scanned every
// relation for the middle step (0.5-1 s at 200k claims).
MATCH (a:Actor {id: $source})-[r1:AFFILIATE_OF|SUCCESSOR_OF|SUPPORTS|ATTACKS|CEASEFIRE_WITH|ALLIED_WITH]-(m1:Actor)-[r2:AFFILIATE_OF|SUCCESSOR_OF|SUPPORTS|ATTACKS|CEASEFIRE_WITH|ALLIED_WITH]-(m2:Actor)
WHERE list_contains($types, r1.type)
  AND coalesce(r1.active_from, date('9999-12-31')) <= $until AND (r1.active_until IS NULL OR r1.active_until >= $since)
  AND list_contains($types, r2.type)
  AND coalesce(r2.active_from, date('9999-12-31')) <= $until AND (r2.active_until IS NULL OR r2.active_until >= $since)
WITH r1, r2, m2
MATCH (m2)-[r3:AFFILIATE_OF|SUCCESSOR_OF|SUPPORTS|ATTACKS|CEASEFIRE_WITH|ALLIED_WITH]-(b:Actor {id: $target})
WHERE list_contains($types, r3.type)
  AND coalesce(r3.active_from, date('9999-12-31')) <= $until AND (r3.active_until IS NULL OR r3.active_until >= $since)
HINT (b JOIN r3) JOIN m2
RETURN [r1.id, r2.id, r3.id] AS links
ORDER BY r1.id, r2.id, r3.id
LIMIT $limit;
