// insert_claims: add claims with their provenance edges (Neo4j form).
// (:Article)-[:REPORTS]->(:Claim), (:Claim)-[:SUBJECT]->(:Actor), (:Claim)-[:OBJECT]->(:Actor).
// CREATE, not MERGE: the write procedure passes only claims not stored yet, read after locking
// their endpoints (lock_actors), so no other writer can add one of them meanwhile; the claim_id
// uniqueness constraint refuses a duplicate all the same. MERGE of each provenance edge expanded
// the endpoints' edges (a hub's thousands) for edges that cannot exist yet.
// Parameters: as ../insert_claims.cypher. Returns: nothing.
UNWIND $rows AS r
MATCH (a:Article {id: r.article})
MATCH (s:Actor {id: r.subject})
MATCH (o:Actor {id: r.object})
CREATE (a)-[:REPORTS]->(c:Claim {id: r.id, relation: r.relation, type: r.type, subject: r.subject,
    object: r.object, valid_from: date(r.valid_from), valid_from_precision: r.valid_from_precision,
    valid_to: date(r.valid_to), valid_to_precision: r.valid_to_precision, ended: r.ended,
    observed: date(r.observed), observed_precision: r.observed_precision, episodic: r.episodic,
    sentence: r.sentence, span_start: r.span_start, span_end: r.span_end, article: r.article,
    source: r.source, extractor: r.extractor, confidence: r.confidence, hedged: r.hedged,
    reported: date(r.reported), attributes: r.attributes})-[:SUBJECT]->(s),
    (c)-[:OBJECT]->(o);
