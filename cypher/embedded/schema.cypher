// schema: node and relationship tables of the embedded (LadybugDB) store. Idempotent.
// LadybugDB needs typed tables; Neo4j only constraints (see ../schema.cypher).
// Relations carry their aggregate state (`state`, RelationState JSON); a store created before
// that gains the column here (null until the relation next gains a claim and is recomputed).
// Parameters: none. Returns: nothing.
CREATE NODE TABLE IF NOT EXISTS Actor(id STRING PRIMARY KEY, name STRING, kind STRING, aliases STRING[], wikidata STRING, country STRING, description STRING, search STRING);
CREATE NODE TABLE IF NOT EXISTS Article(id STRING PRIMARY KEY, title STRING, url STRING, source STRING, published DATE, language STRING, revision STRING);
CREATE NODE TABLE IF NOT EXISTS Claim(id STRING PRIMARY KEY, relation STRING, type STRING, subject STRING, object STRING, valid_from DATE, valid_from_precision STRING, valid_to DATE, valid_to_precision STRING, ended BOOLEAN, sentence STRING, span_start INT64, span_end INT64, article STRING, source STRING, extractor STRING, confidence DOUBLE, hedged BOOLEAN, reported DATE, attributes STRING);
CREATE REL TABLE IF NOT EXISTS REPORTS(FROM Article TO Claim);
CREATE REL TABLE IF NOT EXISTS SUBJECT(FROM Claim TO Actor);
CREATE REL TABLE IF NOT EXISTS OBJECT(FROM Claim TO Actor);
CREATE REL TABLE IF NOT EXISTS AFFILIATE_OF(FROM Actor TO Actor, id STRING, type STRING, source STRING, target STRING, valid_from DATE, valid_to DATE, valid_from_precision STRING, valid_to_precision STRING, active_until DATE, ended BOOLEAN, first_reported DATE, last_reported DATE, confidence DOUBLE, claims INT64, sources INT64, state STRING);
CREATE REL TABLE IF NOT EXISTS SUCCESSOR_OF(FROM Actor TO Actor, id STRING, type STRING, source STRING, target STRING, valid_from DATE, valid_to DATE, valid_from_precision STRING, valid_to_precision STRING, active_until DATE, ended BOOLEAN, first_reported DATE, last_reported DATE, confidence DOUBLE, claims INT64, sources INT64, state STRING);
CREATE REL TABLE IF NOT EXISTS SUPPORTS(FROM Actor TO Actor, id STRING, type STRING, source STRING, target STRING, valid_from DATE, valid_to DATE, valid_from_precision STRING, valid_to_precision STRING, active_until DATE, ended BOOLEAN, first_reported DATE, last_reported DATE, confidence DOUBLE, claims INT64, sources INT64, state STRING);
CREATE REL TABLE IF NOT EXISTS ATTACKS(FROM Actor TO Actor, id STRING, type STRING, source STRING, target STRING, valid_from DATE, valid_to DATE, valid_from_precision STRING, valid_to_precision STRING, active_until DATE, ended BOOLEAN, first_reported DATE, last_reported DATE, confidence DOUBLE, claims INT64, sources INT64, state STRING);
CREATE REL TABLE IF NOT EXISTS CEASEFIRE_WITH(FROM Actor TO Actor, id STRING, type STRING, source STRING, target STRING, valid_from DATE, valid_to DATE, valid_from_precision STRING, valid_to_precision STRING, active_until DATE, ended BOOLEAN, first_reported DATE, last_reported DATE, confidence DOUBLE, claims INT64, sources INT64, state STRING);
CREATE REL TABLE IF NOT EXISTS ALLIED_WITH(FROM Actor TO Actor, id STRING, type STRING, source STRING, target STRING, valid_from DATE, valid_to DATE, valid_from_precision STRING, valid_to_precision STRING, active_until DATE, ended BOOLEAN, first_reported DATE, last_reported DATE, confidence DOUBLE, claims INT64, sources INT64, state STRING);
ALTER TABLE AFFILIATE_OF ADD IF NOT EXISTS state STRING;
ALTER TABLE SUCCESSOR_OF ADD IF NOT EXISTS state STRING;
ALTER TABLE SUPPORTS ADD IF NOT EXISTS state STRING;
ALTER TABLE ATTACKS ADD IF NOT EXISTS state STRING;
ALTER TABLE CEASEFIRE_WITH ADD IF NOT EXISTS state STRING;
ALTER TABLE ALLIED_WITH ADD IF NOT EXISTS state STRING;
ALTER TABLE Article ADD IF NOT EXISTS revision STRING;
