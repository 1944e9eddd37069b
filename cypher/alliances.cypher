// alliances: the state-like relations of an actor active on a date: who backs it, whom it
// backs, its allies, parents, branches, predecessors, successors and ceasefires.
// Active on $until means valid_from <= $until and active_until >= $since (pass the same
// date twice; the far past and far future for "ever").
// Parameters: $id, $since, $until. Returns: direction ('out': $id is the source, 'in'),
//   other (the other actor's id) and the relation's properties as in neighbours.cypher.
MATCH (x:Actor {id: $id})-[r:AFFILIATE_OF|SUCCESSOR_OF|SUPPORTS|CEASEFIRE_WITH|ALLIED_WITH]->(y:Actor)
WHERE (r.valid_from IS NULL OR r.valid_from <= $until)
  AND (r.active_until IS NULL OR r.active_until >= $since)
RETURN 'out' AS direction, y.id AS other, r.id AS id, r.type AS type, r.source AS source,
    r.target AS target, r.valid_from AS valid_from, r.valid_to AS valid_to,
    r.valid_from_precision AS valid_from_precision, r.valid_to_precision AS valid_to_precision,
    r.active_until AS active_until, r.ended AS ended, r.first_reported AS first_reported,
    r.last_reported AS last_reported, r.confidence AS confidence, r.claims AS claims,
    r.sources AS sources
UNION ALL
MATCH (x:Actor {id: $id})<-[r:AFFILIATE_OF|SUCCESSOR_OF|SUPPORTS|CEASEFIRE_WITH|ALLIED_WITH]-(y:Actor)
WHERE (r.valid_from IS NULL OR r.valid_from <= $until)
  AND (r.active_until IS NULL OR r.active_until >= $since)
RETURN 'in' AS direction, y.id AS other, r.id AS id, r.type AS type, r.source AS source,
    r.target AS target, r.valid_from AS valid_from, r.valid_to AS valid_to,
    r.valid_from_precision AS valid_from_precision, r.valid_to_precision AS valid_to_precision,
    r.active_until AS active_until, r.ended AS ended, r.first_reported AS first_reported,
    r.last_reported AS last_reported, r.confidence AS confidence, r.claims AS claims,
    r.sources AS sources;
