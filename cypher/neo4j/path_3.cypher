// path_3: see ../path_3.cypher and neo4j/path_2.cypher, whose search this repeats: reached only
// when no shortest chain of up to 6 links held with its actors alive, or there is none.
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
