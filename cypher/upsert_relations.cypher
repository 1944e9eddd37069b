// upsert_relations: write the aggregated typed edges (Actor)-[:TYPE]->(Actor), creating any missing.
// __TYPE__ is replaced by a member of the RelationType enum, never by user text.
// Parameters: $rows: [{id, type, source, target, valid_from, valid_to, valid_from_precision,
//   valid_to_precision, active_from, active_until, observed_from, observed_to, observed_from_precision,
//   observed_to_precision, episodic, disputed, ended, first_reported, last_reported, confidence,
//   claims, sources, state (RelationState JSON)}]; dates as ISO text or null.
// Returns: nothing.
UNWIND $rows AS r
MATCH (s:Actor {id: r.source})
MATCH (t:Actor {id: r.target})
MERGE (s)-[e:__TYPE__]->(t)
SET e.id = r.id, e.type = r.type, e.source = r.source, e.target = r.target,
    e.valid_from = date(r.valid_from), e.valid_to = date(r.valid_to),
    e.valid_from_precision = r.valid_from_precision, e.valid_to_precision = r.valid_to_precision,
    e.active_from = date(r.active_from), e.active_until = date(r.active_until), e.ended = r.ended,
    e.observed_from = date(r.observed_from), e.observed_to = date(r.observed_to),
    e.observed_from_precision = r.observed_from_precision, e.observed_to_precision = r.observed_to_precision,
    e.episodic = r.episodic, e.disputed = r.disputed,
    e.first_reported = date(r.first_reported), e.last_reported = date(r.last_reported),
    e.confidence = r.confidence, e.claims = r.claims, e.sources = r.sources, e.state = r.state;
