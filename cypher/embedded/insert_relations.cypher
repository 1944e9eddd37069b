// insert_relations: create aggregated typed edges (Actor)-[:TYPE]->(Actor) not stored yet.
// LadybugDB: the write procedure checked they are absent and the store serialises writes, so
// plain CREATE (long row lists: ./bulk_insert_relations.cypher). Each relation's state goes into
// the RelationState node table instead of the edge: the next write reads it there by primary key,
// and an edge without that long text is several times cheaper to create.
// Parameters: as ../upsert_relations.cypher. Returns: nothing.
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
