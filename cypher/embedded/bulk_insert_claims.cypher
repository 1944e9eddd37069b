// bulk_insert_claims: insert_claims for a large batch, the claims read from a CSV file the store wrote.
// LadybugDB: LOAD FROM + CREATE for the Claim nodes, a plain write that ROLLBACK undoes (it
// skips sending every claim's twenty fields as a parameter, the slow part of ../insert_claims);
// not COPY: ROLLBACK after a COPY into a node table corrupts LadybugDB 0.22's primary-key index,
// and COPY into a non-empty relationship table costs seconds at commit (bench/store.py).
// Rows as ../insert_claims.cypher, none of them stored yet.
// Parameters: $links: [{id, article, subject, object}] (the provenance edges); file claims (the
//   rows' columns below).
// Returns: nothing.
LOAD WITH HEADERS (id STRING, relation STRING, type STRING, subject STRING, object STRING,
    valid_from DATE, valid_from_precision STRING, valid_to DATE, valid_to_precision STRING, ended BOOLEAN,
    observed DATE, observed_precision STRING, episodic BOOLEAN, sentence STRING, span_start INT64, span_end INT64, article STRING, source STRING, extractor STRING,
    confidence DOUBLE, hedged BOOLEAN, reported DATE, attributes STRING)
FROM '__FILE_claims__' (HEADER=true, PARALLEL=false)
CREATE (:Claim {id: id, relation: relation, type: type, subject: subject, object: object,
    valid_from: valid_from, valid_from_precision: valid_from_precision, valid_to: valid_to,
    valid_to_precision: valid_to_precision, ended: ended, observed: observed,
    observed_precision: observed_precision, episodic: episodic, sentence: sentence, span_start: span_start,
    span_end: span_end, article: article, source: source, extractor: extractor, confidence: confidence,
    hedged: hedged, reported: reported, attributes: attributes});
UNWIND $links AS r
MATCH (a:Article {id: r.article})
MATCH (c:Claim {id: r.id})
MATCH (s:Actor {id: r.subject})
MATCH (o:Actor {id: r.object})
CREATE (a)-[:REPORTS]->(c)
CREATE (c)-[:SUBJECT]->(s)
CREATE (c)-[:OBJECT]->(o);
