// bulk_insert_claims: insert_claims for a long row list, the rows read from a CSV file the store wrote.
// One statement: each claim node with its three provenance edges. LOAD FROM + CREATE, a plain
// write that ROLLBACK undoes; not COPY (see graph/backends/embedded_bulk.py).
// Rows as ../insert_claims.cypher, none of them stored yet (the write procedure checked).
// Parameters: none; file rows (the columns below, in this order).
// Returns: nothing.
LOAD WITH HEADERS (id STRING, relation STRING, type STRING, subject STRING, object STRING,
    valid_from DATE, valid_from_precision STRING, valid_to DATE, valid_to_precision STRING, ended BOOLEAN,
    observed DATE, observed_precision STRING, episodic BOOLEAN, sentence STRING, span_start INT64,
    span_end INT64, article STRING, source STRING, extractor STRING, confidence DOUBLE, hedged BOOLEAN,
    reported DATE, attributes STRING)
FROM '__FILE_rows__' (HEADER=true, DELIM='\t', PARALLEL=false)
MATCH (a:Article {id: article})
MATCH (s:Actor {id: subject})
MATCH (o:Actor {id: object})
CREATE (c:Claim {id: id, relation: relation, type: type, subject: subject, object: object,
    valid_from: valid_from, valid_from_precision: valid_from_precision, valid_to: valid_to,
    valid_to_precision: valid_to_precision, ended: ended, observed: observed,
    observed_precision: observed_precision, episodic: episodic, sentence: sentence, span_start: span_start,
    span_end: span_end, article: article, source: source, extractor: extractor, confidence: confidence,
    hedged: hedged, reported: reported, attributes: attributes})
CREATE (a)-[:REPORTS]->(c)
CREATE (c)-[:SUBJECT]->(s)
CREATE (c)-[:OBJECT]->(o);
