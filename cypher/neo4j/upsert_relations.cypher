// upsert_relations: update stored aggregated typed edges (Neo4j form), found by relation id
// (the relation_id_* indexes of schema.cypher) rather than by expanding their endpoints.
// __TYPE__ is replaced by a member of the RelationType enum, never by user text.
// The write procedure passes every relation of the type that gained claims, stored or not (one
// write per type), with their endpoints locked (lock_actors): the first statement creates the
// missing edges (bare, under the lock), the second sets every edge's properties.
// Parameters: as ../upsert_relations.cypher. Returns: nothing.
UNWIND $rows AS r
OPTIONAL MATCH ()-[old:__TYPE__]->() WHERE old.id = r.id
WITH r WHERE old IS NULL
MATCH (s:Actor {id: r.source})
MATCH (t:Actor {id: r.target})
CREATE (s)-[e:__TYPE__]->(t)
SET e.id = r.id;

UNWIND $rows AS r
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
