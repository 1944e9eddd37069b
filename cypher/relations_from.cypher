// relations_from: the relations with these ids (TYPE:source:target) going out of one actor.
// The embedded store answers relations_by_ids with this query per source actor when they are
// few: the actor found by primary key, where `s.id IN $sources` reads every actor (12 ms at 100k
// actors, against 0.2 ms per source).
// Parameters: $source (actor id), $ids ([relation id]). Returns: as relations_by_ids.cypher.
MATCH (s:Actor {id: $source})-[r:AFFILIATE_OF|SUCCESSOR_OF|SUPPORTS|ATTACKS|CEASEFIRE_WITH|ALLIED_WITH]->(:Actor)
WHERE r.id IN $ids
RETURN r.id AS id, r.type AS type, r.source AS source, r.target AS target,
    r.valid_from AS valid_from, r.valid_to AS valid_to,
    r.valid_from_precision AS valid_from_precision, r.valid_to_precision AS valid_to_precision,
    r.active_from AS active_from, r.observed_from AS observed_from, r.observed_to AS observed_to,
    r.observed_from_precision AS observed_from_precision, r.observed_to_precision AS observed_to_precision,
    r.episodic AS episodic, r.disputed AS disputed, r.active_until AS active_until, r.ended AS ended, r.first_reported AS first_reported,
    r.last_reported AS last_reported, r.confidence AS confidence, r.claims AS claims,
    r.sources AS sources;
