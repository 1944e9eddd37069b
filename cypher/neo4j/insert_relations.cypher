// insert_relations: create aggregated typed edges (Actor)-[:TYPE]->(Actor) not stored yet (Neo4j form).
// __TYPE__ is replaced by a member of the RelationType enum, never by user text.
// CREATE, not MERGE: the write procedure passes only relations that relation_states did not
// find, after locking their endpoints (lock_actors), so no other writer can create one meanwhile
// (tests/test_concurrent_writes.py); MERGE's existence check expands the endpoints, whose edges
// grow with the graph and the batch.
// Parameters: as ../insert_relations.cypher. Returns: nothing.
UNWIND $rows AS r
MATCH (s:Actor {id: r.source})
MATCH (t:Actor {id: r.target})
CREATE (s)-[e:__TYPE__]->(t)
SET e.id = r.id, e.type = r.type, e.source = r.source, e.target = r.target,
    e.valid_from = date(r.valid_from), e.valid_to = date(r.valid_to),
    e.valid_from_precision = r.valid_from_precision, e.valid_to_precision = r.valid_to_precision,
    e.active_from = date(r.active_from), e.active_until = date(r.active_until), e.ended = r.ended,
    e.observed_from = date(r.observed_from), e.observed_to = date(r.observed_to),
    e.observed_from_precision = r.observed_from_precision, e.observed_to_precision = r.observed_to_precision,
    e.episodic = r.episodic, e.disputed = r.disputed,
    e.first_reported = date(r.first_reported), e.last_reported = date(r.last_reported),
    e.confidence = r.confidence, e.claims = r.claims, e.sources = r.sources, e.state = r.state;
