// insert_claims: add claims with their provenance edges.
// LadybugDB: the write procedure (graph/writing.py) has already dropped the claims that are
// stored, and the store serialises writes, so plain CREATE is safe here; a per-row existence
// check made this statement 25x slower as the table grew.
// Parameters: as ../insert_claims.cypher. Returns: nothing.
UNWIND $rows AS r
MATCH (a:Article {id: r.article})
MATCH (s:Actor {id: r.subject})
MATCH (o:Actor {id: r.object})
CREATE (c:Claim {id: r.id, relation: r.relation, type: r.type, subject: r.subject, object: r.object,
    valid_from: date(r.valid_from), valid_from_precision: r.valid_from_precision,
    valid_to: date(r.valid_to), valid_to_precision: r.valid_to_precision, ended: r.ended,
    observed: date(r.observed), observed_precision: r.observed_precision, episodic: r.episodic,
    sentence: r.sentence, span_start: r.span_start, span_end: r.span_end, article: r.article,
    source: r.source, extractor: r.extractor, confidence: r.confidence, hedged: r.hedged,
    reported: date(r.reported), attributes: r.attributes})
CREATE (a)-[:REPORTS]->(c)
CREATE (c)-[:SUBJECT]->(s)
CREATE (c)-[:OBJECT]->(o);
