// insert_relations: create aggregated typed edges (Actor)-[:TYPE]->(Actor) (Neo4j form).
// __TYPE__ is replaced by a member of the RelationType enum, never by user text.
// CREATE, not MERGE: the write procedure passes relations none of whose type is stored among
// the batch's (claims_and_states, read with their endpoints locked by lock_actors), so no other
// writer can add one meanwhile; MERGE expanded the endpoints' edges for edges that are not there.
// Parameters: as ../upsert_relations.cypher. Returns: nothing.
UNWIND $rows AS r
MATCH (s:Actor {id: r.source})
MATCH (t:Actor {id: r.target})
CREATE (s)-[:__TYPE__ {id: r.id, type: r.type, source: r.source, target: r.target,
    valid_from: date(r.valid_from), valid_to: date(r.valid_to),
    valid_from_precision: r.valid_from_precision, valid_to_precision: r.valid_to_precision,
    active_from: date(r.active_from), active_until: date(r.active_until), ended: r.ended,
    observed_from: date(r.observed_from), observed_to: date(r.observed_to),
    observed_from_precision: r.observed_from_precision, observed_to_precision: r.observed_to_precision,
    episodic: r.episodic, disputed: r.disputed,
    first_reported: date(r.first_reported), last_reported: date(r.last_reported),
    confidence: r.confidence, claims: r.claims, sources: r.sources, state: r.state}]->(t);
