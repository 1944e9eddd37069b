// bulk_write_relations: write_relations on LadybugDB, the rows ($stored and $new: clear_relations has
// deleted the stored ones) read from a CSV file the store wrote; one statement a type touched (each
// costs ~0.3 ms whatever its rows), none for the others.
// __TYPE__ is replaced by a member of the RelationType enum, never by user text.
// Each relation's state goes into the RelationState node table instead of the edge: the next write
// reads it there by primary key, and an edge without that long text is several times cheaper to create.
// Parameters: none; file rows (the columns below, in this order). Returns: nothing.
LOAD WITH HEADERS (id STRING, type STRING, source STRING, target STRING, valid_from DATE, valid_to DATE,
    valid_from_precision STRING, valid_to_precision STRING, active_from DATE, active_until DATE,
    ended BOOLEAN, observed_from DATE, observed_to DATE, observed_from_precision STRING,
    observed_to_precision STRING, episodic BOOLEAN, disputed STRING, first_reported DATE,
    last_reported DATE, confidence DOUBLE, claims INT64, sources INT64, state STRING)
FROM '__FILE_rows__' (HEADER=true, DELIM='\t', PARALLEL=false)
MATCH (s:Actor {id: source})
MATCH (t:Actor {id: target})
CREATE (s)-[:__TYPE__ {id: id, type: type, source: source, target: target,
    valid_from: valid_from, valid_to: valid_to,
    valid_from_precision: valid_from_precision, valid_to_precision: valid_to_precision,
    active_from: active_from, active_until: active_until, ended: ended,
    observed_from: observed_from, observed_to: observed_to,
    observed_from_precision: observed_from_precision, observed_to_precision: observed_to_precision,
    episodic: episodic, disputed: disputed,
    first_reported: first_reported, last_reported: last_reported,
    confidence: confidence, claims: claims, sources: sources}]->(t)
CREATE (:RelationState {id: id, state: state});
