// path_2: see ../path_2.cypher. On Neo4j every shortest chain of up to 6 links, by
// allShortestPaths (a search from both ends): the fixed pattern is expanded from one end through
// hubs (p95 0.4 s at 200k claims), and a second search for 3 links, then 4 to 6, would walk the
// same ground again. So the caller mostly stops here; a chain shorter than 2 comes back only when
// path_1's failed the actors' lifetimes (the caller checks them again; longer alive chains are
// then missed, as with the single shortest path Neo4j returned before).
MATCH (a:Actor {id: $source})
MATCH (b:Actor {id: $target})
MATCH p = allShortestPaths((a)-[:AFFILIATE_OF|SUCCESSOR_OF|SUPPORTS|ATTACKS|CEASEFIRE_WITH|ALLIED_WITH*..6]-(b))
WHERE all(r IN relationships(p) WHERE r.type IN $types
    AND coalesce(r.active_from, date('9999-12-31')) <= $until
    AND (r.active_until IS NULL OR r.active_until >= $since))
WITH [r IN relationships(p) | r.id] AS links
RETURN links
ORDER BY links
LIMIT $limit;
