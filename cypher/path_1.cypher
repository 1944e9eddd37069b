// path_1: every single relation (either direction) between two actors,
// of $types and active at some time in [$since, $until] (active_from <= $until, active_until >= $since). graph/questions.py
// asks for 1, then 2, then 3 links and stops at the first length with a chain
// whose actors were alive (checked there; FIXED_LENGTHS: how many a backend tries), then searches from both ends (graph/paths.py).
// Fixed lengths with both ends bound are planned from both ends, where a shortest-path search
// from one end walks a hub's whole neighbourhood first (1.2 s at 1M claims embedded).
// Parameters: $source, $target (actor ids), $types ([relation type]), $since, $until (dates), $limit.
// Returns: links (relation ids, from $source to $target), one row per chain (all of them:
//   few; $limit is for path_2 and path_3).
MATCH (a:Actor {id: $source})-[r1:AFFILIATE_OF|SUCCESSOR_OF|SUPPORTS|ATTACKS|CEASEFIRE_WITH|ALLIED_WITH]-(b:Actor {id: $target})
WHERE r1.type IN $types
  AND coalesce(r1.active_from, date('9999-12-31')) <= $until AND (r1.active_until IS NULL OR r1.active_until >= $since)
RETURN [r1.id] AS links;
