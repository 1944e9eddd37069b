// insert_claims: add claims with their provenance edges (Neo4j form).
// (:Article)-[:REPORTS]->(:Claim), (:Claim)-[:SUBJECT]->(:Actor), (:Claim)-[:OBJECT]->(:Actor).
// CREATE, not MERGE: the write procedure passes only claims that claims_existing did not find,
// after locking their endpoints (lock_actors), and the claim_id constraint refuses a duplicate
// (the batch then rolls back whole); MERGE's checks of the three edges expand a hub's edges.
// Parameters: as ../insert_claims.cypher. Returns: nothing.
UNWIND $rows AS r
MATCH (a:Article {id: r.article})
MATCH (s:Actor {id: r.subject})
MATCH (o:Actor {id: r.object})
CREATE (c:Claim {id: r.id})
SET c.relation = r.relation, c.type = r.type, c.subject = r.subject, c.object = r.object,
    c.valid_from = date(r.valid_from), c.valid_from_precision = r.valid_from_precision,
    c.valid_to = date(r.valid_to), c.valid_to_precision = r.valid_to_precision, c.ended = r.ended,
    c.observed = date(r.observed), c.observed_precision = r.observed_precision, c.episodic = r.episodic,
    c.sentence = r.sentence, c.span_start = r.span_start, c.span_end = r.span_end, c.article = r.article,
    c.source = r.source, c.extractor = r.extractor, c.confidence = r.confidence,
    c.hedged = r.hedged, c.reported = date(r.reported), c.attributes = r.attributes
CREATE (a)-[:REPORTS]->(c)
CREATE (c)-[:SUBJECT]->(s)
CREATE (c)-[:OBJECT]->(o);
