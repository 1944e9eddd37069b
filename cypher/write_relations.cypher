// write_relations: write the aggregated typed edges (Actor)-[:TYPE]->(Actor) of one type.
// __TYPE__ is replaced by a member of the RelationType enum, never by user text.
// The write procedure (graph/writing.py) runs this for every type, its lists empty for a type the
// batch does not touch, so a batch's writes always form the same text (Neo4j sends them in one
// query, planned once). The first statement updates the stored edges, found by relation id (the
// relation_id_* indexes of schema.cypher) rather than by expanding their endpoints; the second
// creates the others with CREATE (properties inline), not MERGE, which would expand the endpoints'
// edges (a hub's thousands) for edges that are not there: the procedure read which are stored
// (claims_and_states) with their endpoints locked (lock_actors), so none appears meanwhile.
// LadybugDB: ./embedded/bulk_write_relations.cypher (the stored ones are deleted first, by
// clear_relations: SET on a LadybugDB relationship costs ~1 ms a row).
// Parameters: $stored, $new: [{id, type, source, target, valid_from, valid_to, valid_from_precision,
//   valid_to_precision, active_from, active_until, observed_from, observed_to, observed_from_precision,
//   observed_to_precision, episodic, disputed, ended, first_reported, last_reported, confidence,
//   claims, sources, state (RelationState JSON)}] (stored relations of the type, and new ones);
//   dates as ISO text or null.
// Returns: nothing.
UNWIND $stored AS r
MATCH ()-[e:__TYPE__]->() WHERE e.id = r.id
SET e.id = r.id, e.type = r.type, e.source = r.source, e.target = r.target,
    e.valid_from = date(r.valid_from), e.valid_to = date(r.valid_to),
    e.valid_from_precision = r.valid_from_precision, e.valid_to_precision = r.valid_to_precision,
    e.active_from = date(r.active_from), e.active_until = date(r.active_until), e.ended = r.ended,
    e.observed_from = date(r.observed_from), e.observed_to = date(r.observed_to),
    e.observed_from_precision = r.observed_from_precision, e.observed_to_precision = r.observed_to_precision,
    e.episodic = r.episodic, e.disputed = r.disputed,
    e.first_reported = date(r.first_reported), e.last_reported = date(r.last_reported),
    e.confidence = r.confidence, e.claims = r.claims, e.sources = r.sources, e.state = r.state;

UNWIND $new AS r
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
