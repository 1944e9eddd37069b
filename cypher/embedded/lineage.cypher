// lineage: see ../lineage.cypher. LadybugDB filters variable-length paths inline (a
// $parameter inside all() over a path is not supported) and has no list comprehension.
MATCH p = (a:Actor {id: $id})-[:SUCCESSOR_OF|AFFILIATE_OF* TRAIL 1..6 (r, n | WHERE
    coalesce(r.active_from, date('9999-12-31')) <= $until
    AND (r.active_until IS NULL OR r.active_until >= $since))]->(:Actor)
WHERE $up AND length(p) <= $depth
RETURN 'up' AS direction, properties(nodes(p), 'id') AS nodes, properties(rels(p), 'id') AS links
UNION ALL
MATCH p = (a:Actor {id: $id})<-[:SUCCESSOR_OF|AFFILIATE_OF* TRAIL 1..6 (r, n | WHERE
    coalesce(r.active_from, date('9999-12-31')) <= $until
    AND (r.active_until IS NULL OR r.active_until >= $since))]-(:Actor)
WHERE $down AND length(p) <= $depth
RETURN 'down' AS direction, properties(nodes(p), 'id') AS nodes, properties(rels(p), 'id') AS links;
