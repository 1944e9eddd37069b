// relations_by_ids: aggregated relations by id (TYPE:source:target).
// `WHERE s.id IN $sources` rather than UNWIND + MATCH per key: LadybugDB plans the UNWIND
// form as a scan (30x slower); Neo4j seeks the unique index either way.
// Parameters: $ids ([relation id], symmetric ones with endpoints in id order), $sources (their
//   source actor ids). Returns: as neighbours.cypher.
MATCH (s:Actor)-[r:AFFILIATE_OF|SUCCESSOR_OF|SUPPORTS|ATTACKS|CEASEFIRE_WITH|ALLIED_WITH]->(:Actor)
WHERE s.id IN $sources AND r.id IN $ids
RETURN r.id AS id, r.type AS type, r.source AS source, r.target AS target,
    r.valid_from AS valid_from, r.valid_to AS valid_to,
    r.valid_from_precision AS valid_from_precision, r.valid_to_precision AS valid_to_precision,
    r.active_from AS active_from, r.observed_from AS observed_from, r.observed_to AS observed_to,
    r.observed_from_precision AS observed_from_precision, r.observed_to_precision AS observed_to_precision,
    r.episodic AS episodic, r.disputed AS disputed, r.active_until AS active_until, r.ended AS ended, r.first_reported AS first_reported,
    r.last_reported AS last_reported, r.confidence AS confidence, r.claims AS claims,
    r.sources AS sources;
