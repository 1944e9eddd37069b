// schema: node and relationship tables of the embedded (LadybugDB) store. Idempotent.
// LadybugDB needs typed tables; Neo4j only constraints (see ../schema.cypher).
// Each relation's aggregate state (RelationState JSON) lives in the RelationState node table, keyed
// by relation id (the edges' `state` column is what stores written before that table hold).
// Parameters: none. Returns: nothing.
CREATE NODE TABLE IF NOT EXISTS Actor(id STRING PRIMARY KEY, name STRING, kind STRING, aliases STRING[], wikidata STRING, country STRING, description STRING, search STRING);
CREATE NODE TABLE IF NOT EXISTS Article(id STRING PRIMARY KEY, title STRING, url STRING, source STRING, published DATE, language STRING, revision STRING);
CREATE NODE TABLE IF NOT EXISTS Claim(id STRING PRIMARY KEY, relation STRING, type STRING, subject STRING, object STRING, valid_from DATE, valid_from_precision STRING, valid_to DATE, valid_to_precision STRING, ended BOOLEAN, sentence STRING, span_start INT64, span_end INT64, article STRING, source STRING, extractor STRING, confidence DOUBLE, hedged BOOLEAN, reported DATE, attributes STRING);
CREATE REL TABLE IF NOT EXISTS REPORTS(FROM Article TO Claim);
// The write procedure reads the states of a batch's relations here by primary key (an edge
// property can only be found by scanning the type's edges); a null state is recomputed once.
CREATE NODE TABLE IF NOT EXISTS RelationState(id STRING PRIMARY KEY, state STRING);
CREATE REL TABLE IF NOT EXISTS SUBJECT(FROM Claim TO Actor);
CREATE REL TABLE IF NOT EXISTS OBJECT(FROM Claim TO Actor);
CREATE REL TABLE IF NOT EXISTS MENTIONS(FROM Article TO Actor, count INT64, names STRING[]);
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
// Date roles and lifetimes (docs/model.md), added to stores made before them as well.
ALTER TABLE Actor ADD IF NOT EXISTS founded DATE;
ALTER TABLE Actor ADD IF NOT EXISTS founded_precision STRING;
ALTER TABLE Actor ADD IF NOT EXISTS dissolved DATE;
ALTER TABLE Actor ADD IF NOT EXISTS dissolved_precision STRING;
ALTER TABLE Claim ADD IF NOT EXISTS observed DATE;
ALTER TABLE Claim ADD IF NOT EXISTS observed_precision STRING;
ALTER TABLE Claim ADD IF NOT EXISTS episodic BOOLEAN;
ALTER TABLE AFFILIATE_OF ADD IF NOT EXISTS active_from DATE;
ALTER TABLE AFFILIATE_OF ADD IF NOT EXISTS observed_from DATE;
ALTER TABLE AFFILIATE_OF ADD IF NOT EXISTS observed_to DATE;
ALTER TABLE AFFILIATE_OF ADD IF NOT EXISTS observed_from_precision STRING;
ALTER TABLE AFFILIATE_OF ADD IF NOT EXISTS observed_to_precision STRING;
ALTER TABLE AFFILIATE_OF ADD IF NOT EXISTS episodic BOOLEAN;
ALTER TABLE AFFILIATE_OF ADD IF NOT EXISTS disputed STRING;
ALTER TABLE SUCCESSOR_OF ADD IF NOT EXISTS active_from DATE;
ALTER TABLE SUCCESSOR_OF ADD IF NOT EXISTS observed_from DATE;
ALTER TABLE SUCCESSOR_OF ADD IF NOT EXISTS observed_to DATE;
ALTER TABLE SUCCESSOR_OF ADD IF NOT EXISTS observed_from_precision STRING;
ALTER TABLE SUCCESSOR_OF ADD IF NOT EXISTS observed_to_precision STRING;
ALTER TABLE SUCCESSOR_OF ADD IF NOT EXISTS episodic BOOLEAN;
ALTER TABLE SUCCESSOR_OF ADD IF NOT EXISTS disputed STRING;
ALTER TABLE SUPPORTS ADD IF NOT EXISTS active_from DATE;
ALTER TABLE SUPPORTS ADD IF NOT EXISTS observed_from DATE;
ALTER TABLE SUPPORTS ADD IF NOT EXISTS observed_to DATE;
ALTER TABLE SUPPORTS ADD IF NOT EXISTS observed_from_precision STRING;
ALTER TABLE SUPPORTS ADD IF NOT EXISTS observed_to_precision STRING;
ALTER TABLE SUPPORTS ADD IF NOT EXISTS episodic BOOLEAN;
ALTER TABLE SUPPORTS ADD IF NOT EXISTS disputed STRING;
ALTER TABLE ATTACKS ADD IF NOT EXISTS active_from DATE;
ALTER TABLE ATTACKS ADD IF NOT EXISTS observed_from DATE;
ALTER TABLE ATTACKS ADD IF NOT EXISTS observed_to DATE;
ALTER TABLE ATTACKS ADD IF NOT EXISTS observed_from_precision STRING;
ALTER TABLE ATTACKS ADD IF NOT EXISTS observed_to_precision STRING;
ALTER TABLE ATTACKS ADD IF NOT EXISTS episodic BOOLEAN;
ALTER TABLE ATTACKS ADD IF NOT EXISTS disputed STRING;
ALTER TABLE CEASEFIRE_WITH ADD IF NOT EXISTS active_from DATE;
ALTER TABLE CEASEFIRE_WITH ADD IF NOT EXISTS observed_from DATE;
ALTER TABLE CEASEFIRE_WITH ADD IF NOT EXISTS observed_to DATE;
ALTER TABLE CEASEFIRE_WITH ADD IF NOT EXISTS observed_from_precision STRING;
ALTER TABLE CEASEFIRE_WITH ADD IF NOT EXISTS observed_to_precision STRING;
ALTER TABLE CEASEFIRE_WITH ADD IF NOT EXISTS episodic BOOLEAN;
ALTER TABLE CEASEFIRE_WITH ADD IF NOT EXISTS disputed STRING;
ALTER TABLE ALLIED_WITH ADD IF NOT EXISTS active_from DATE;
ALTER TABLE ALLIED_WITH ADD IF NOT EXISTS observed_from DATE;
ALTER TABLE ALLIED_WITH ADD IF NOT EXISTS observed_to DATE;
ALTER TABLE ALLIED_WITH ADD IF NOT EXISTS observed_from_precision STRING;
ALTER TABLE ALLIED_WITH ADD IF NOT EXISTS observed_to_precision STRING;
ALTER TABLE ALLIED_WITH ADD IF NOT EXISTS episodic BOOLEAN;
ALTER TABLE ALLIED_WITH ADD IF NOT EXISTS disputed STRING;
ALTER TABLE Article ADD IF NOT EXISTS revision STRING;
// A store written before the RelationState table existed: one node per stored relation, with the
// state its edge holds (only while the table is empty, so this costs nothing afterwards).
MATCH (x:RelationState)
WITH count(x) AS states
WHERE states = 0
MATCH (:Actor)-[e:AFFILIATE_OF|SUCCESSOR_OF|SUPPORTS|ATTACKS|CEASEFIRE_WITH|ALLIED_WITH]->(:Actor)
CREATE (:RelationState {id: e.id, state: e.state});
