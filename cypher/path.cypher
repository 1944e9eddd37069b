// path: a shortest chain of relations between two actors, any direction.
// Only relations of $types that were active at some time in [$since, $until] are walked
// (active_from <= $until, active_until >= $since); the caller checks the actors' lifetimes.
// Parameters: $source, $target (actor ids), $types ([relation type]), $since, $until.
// Returns: nodes (actor ids along the path), links (relation ids); no row when unconnected.
MATCH (a:Actor {id: $source})
MATCH (b:Actor {id: $target})
MATCH p = shortestPath((a)-[:AFFILIATE_OF|SUCCESSOR_OF|SUPPORTS|ATTACKS|CEASEFIRE_WITH|ALLIED_WITH*..6]-(b))
WHERE all(r IN relationships(p) WHERE r.type IN $types
    AND coalesce(r.active_from, date('9999-12-31')) <= $until
    AND (r.active_until IS NULL OR r.active_until >= $since))
RETURN [n IN nodes(p) | n.id] AS nodes, [r IN relationships(p) | r.id] AS links;
