// relations_by_keys: aggregated relations by (type, source, target).
// Parameters: $keys: [{type, source, target}]. Returns: as neighbours.cypher.
UNWIND $keys AS k
MATCH (s:Actor {id: k.source})-[r]->(t:Actor {id: k.target})
WHERE r.type = k.type
RETURN r.id AS id, r.type AS type, r.source AS source, r.target AS target,
    r.valid_from AS valid_from, r.valid_to AS valid_to,
    r.valid_from_precision AS valid_from_precision, r.valid_to_precision AS valid_to_precision, r.active_until AS active_until,
    r.ended AS ended, r.first_reported AS first_reported, r.last_reported AS last_reported,
    r.confidence AS confidence, r.claims AS claims, r.sources AS sources;
