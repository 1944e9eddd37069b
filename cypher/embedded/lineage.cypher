// lineage: see ../lineage.cypher. LadybugDB filters variable-length paths inline (a
// $parameter inside all() over a path is not supported) and has no list comprehension. No
// nodes: reading the actors' ids along the paths cost 40% of the query.
MATCH p = (a:Actor {id: $id})-[:SUCCESSOR_OF|AFFILIATE_OF* TRAIL 1..6 (r, n | WHERE
    coalesce(r.active_from, date('9999-12-31')) <= $until
    AND (r.active_until IS NULL OR r.active_until >= $since))]->(:Actor)
WHERE $up AND length(p) <= $depth
RETURN 'up' AS direction, properties(rels(p), 'id') AS links
UNION ALL
MATCH p = (a:Actor {id: $id})<-[:SUCCESSOR_OF|AFFILIATE_OF* TRAIL 1..6 (r, n | WHERE
    coalesce(r.active_from, date('9999-12-31')) <= $until
    AND (r.active_until IS NULL OR r.active_until >= $since))]-(:Actor)
WHERE $down AND length(p) <= $depth
RETURN 'down' AS direction, properties(rels(p), 'id') AS links;
