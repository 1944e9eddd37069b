// write_relations: create one type's aggregated typed edges (Actor)-[:TYPE]->(Actor) with their
// RelationState nodes, as ./bulk_write_relations.cypher does from a file (the form every write
// takes: graph/backends/embedded_bulk.py); this parameter form is kept for comparison
// (tests/test_bulk_writes.py). The write procedure has deleted the stored ones (clear_relations:
// SET on a LadybugDB relationship costs ~1 ms a row), so every edge is created.
// __TYPE__ is replaced by a member of the RelationType enum, never by user text.
// Parameters: $rows: the $stored and $new rows of ../write_relations.cypher together (the store
// joins them). Returns: nothing.
UNWIND $rows AS r
MATCH (s:Actor {id: r.source})
MATCH (t:Actor {id: r.target})
CREATE (s)-[e:__TYPE__ {id: r.id, type: r.type, source: r.source, target: r.target,
    valid_from: date(r.valid_from), valid_to: date(r.valid_to),
    valid_from_precision: r.valid_from_precision, valid_to_precision: r.valid_to_precision,
    active_from: date(r.active_from), active_until: date(r.active_until), ended: r.ended,
    observed_from: date(r.observed_from), observed_to: date(r.observed_to),
    observed_from_precision: r.observed_from_precision, observed_to_precision: r.observed_to_precision,
    episodic: r.episodic, disputed: r.disputed,
    first_reported: date(r.first_reported), last_reported: date(r.last_reported),
    confidence: r.confidence, claims: r.claims, sources: r.sources}]->(t);
UNWIND $rows AS r
CREATE (:RelationState {id: r.id, state: r.state});
