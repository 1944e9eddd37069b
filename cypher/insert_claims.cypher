// insert_claims: add claims with their provenance edges; a claim already stored is left as is.
// (:Article)-[:REPORTS]->(:Claim), (:Claim)-[:SUBJECT]->(:Actor), (:Claim)-[:OBJECT]->(:Actor).
// Parameters: $rows: [{id, relation (the relation id), type, subject, object, valid_from, valid_from_precision, valid_to,
//   valid_to_precision, observed, observed_precision, episodic, ended, sentence, span_start, span_end, article, source, extractor, confidence,
//   hedged, reported, attributes (JSON text)}]; dates as ISO text or null.
// Returns: nothing.
UNWIND $rows AS r
MATCH (a:Article {id: r.article})
MATCH (s:Actor {id: r.subject})
MATCH (o:Actor {id: r.object})
MERGE (c:Claim {id: r.id})
ON CREATE SET c.relation = r.relation, c.type = r.type, c.subject = r.subject, c.object = r.object,
    c.valid_from = date(r.valid_from), c.valid_from_precision = r.valid_from_precision,
    c.valid_to = date(r.valid_to), c.valid_to_precision = r.valid_to_precision, c.ended = r.ended,
    c.observed = date(r.observed), c.observed_precision = r.observed_precision, c.episodic = r.episodic,
    c.sentence = r.sentence, c.span_start = r.span_start, c.span_end = r.span_end, c.article = r.article,
    c.source = r.source, c.extractor = r.extractor, c.confidence = r.confidence,
    c.hedged = r.hedged, c.reported = date(r.reported), c.attributes = r.attributes
MERGE (a)-[:REPORTS]->(c)
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[:OBJECT]->(o);
