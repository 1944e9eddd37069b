// path: see ../path.cypher. LadybugDB writes shortest paths as `* SHORTEST` with an inline
// filter, and has no list comprehension.
MATCH (a:Actor {id: $source})
MATCH (b:Actor {id: $target})
MATCH p = (a)-[:AFFILIATE_OF|SUCCESSOR_OF|SUPPORTS|ATTACKS|CEASEFIRE_WITH|ALLIED_WITH* SHORTEST 1..6 (r, n | WHERE
    list_contains($types, r.type)
    AND coalesce(r.active_from, date('9999-12-31')) <= $until
    AND (r.active_until IS NULL OR r.active_until >= $since))]-(b)
RETURN properties(nodes(p), 'id') AS nodes, properties(rels(p), 'id') AS links
LIMIT 1;
