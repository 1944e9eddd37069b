// relation_between: one relation of a path's chain, by id, read from the side of $near, one of
// its two actors: LadybugDB expands the actor named first, so graph/questions.py names the one
// with fewer relations (actor_degree.cypher), never the hub a chain passes through
// (relations_by_ids expands every source actor: a hub's edges by the hundred thousand at 1M claims).
// __TYPE__ is the relation's type, a member of the RelationType enum, never user text.
// Parameters: $near, $other (its two actors' ids), $id (relation id). Returns: as relations_by_ids.cypher.
MATCH (s:Actor {id: $near})-[r:__TYPE__]-(:Actor {id: $other})
WHERE r.id = $id
RETURN r.id AS id, r.type AS type, r.source AS source, r.target AS target,
    r.valid_from AS valid_from, r.valid_to AS valid_to,
    r.valid_from_precision AS valid_from_precision, r.valid_to_precision AS valid_to_precision,
    r.active_from AS active_from, r.observed_from AS observed_from, r.observed_to AS observed_to,
    r.observed_from_precision AS observed_from_precision, r.observed_to_precision AS observed_to_precision,
    r.episodic AS episodic, r.disputed AS disputed, r.active_until AS active_until, r.ended AS ended, r.first_reported AS first_reported,
    r.last_reported AS last_reported, r.confidence AS confidence, r.claims AS claims,
    r.sources AS sources;
