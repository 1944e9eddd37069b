// lineage: where an actor comes from (up: SUCCESSOR_OF / AFFILIATE_OF outwards, to what it
// was renamed from, formed from or is a branch of) and what came from it (down).
// A link counts when it was active at some time in [$since, $until] (both the far past and
// far future when no date is asked): active_from <= $until and active_until >= $since; the
// actors' lifetimes are checked by the caller (graph/questions.py).
// Parameters: $id, $up (bool), $down (bool), $depth (1..6), $since, $until (dates).
// Returns: direction ('up'|'down'), links (relation ids along the path, from $id; the caller
//   reads the actors from them).
MATCH p = (a:Actor {id: $id})-[:SUCCESSOR_OF|AFFILIATE_OF*1..6]->(:Actor)
WHERE $up AND length(p) <= $depth
  AND all(r IN relationships(p) WHERE coalesce(r.active_from, date('9999-12-31')) <= $until
      AND (r.active_until IS NULL OR r.active_until >= $since))
RETURN 'up' AS direction, [r IN relationships(p) | r.id] AS links
UNION ALL
MATCH p = (a:Actor {id: $id})<-[:SUCCESSOR_OF|AFFILIATE_OF*1..6]-(:Actor)
WHERE $down AND length(p) <= $depth
  AND all(r IN relationships(p) WHERE coalesce(r.active_from, date('9999-12-31')) <= $until
      AND (r.active_until IS NULL OR r.active_until >= $since))
RETURN 'down' AS direction, [r IN relationships(p) | r.id] AS links;
