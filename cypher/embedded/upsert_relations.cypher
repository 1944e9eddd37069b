// upsert_relations: replace aggregated typed edges (Actor)-[:TYPE]->(Actor) that are stored.
// LadybugDB: SET on a relationship costs ~1 ms a row (every property, both directions) and
// matching an edge by its endpoints is planned as a scan of the whole table, so the stored edge
// is deleted (found from its source actors, as in ./relation_states.cypher) and created again
// with the new properties. The store serialises writes, so nothing sees the edge missing.
// Long row lists: ./bulk_upsert_relations.cypher.
// Parameters: as ../upsert_relations.cypher, and $ids, $sources (the rows' ids and sources).
// Returns: nothing.
MATCH (s:Actor)-[e:__TYPE__]->(:Actor)
WHERE s.id IN $sources AND e.id IN $ids
DELETE e;
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
    confidence: r.confidence, claims: r.claims, sources: r.sources, state: r.state}]->(t);
