// schema: constraints and indexes of the Neo4j store. Idempotent.
// Parameters: none. Returns: nothing.
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE;
CREATE INDEX actor_name IF NOT EXISTS FOR (a:Actor) ON (a.name);
CREATE INDEX actor_search IF NOT EXISTS FOR (a:Actor) ON (a.search);
CREATE INDEX claim_relation IF NOT EXISTS FOR (c:Claim) ON (c.relation);
CREATE INDEX claim_type IF NOT EXISTS FOR (c:Claim) ON (c.type);
CREATE INDEX claim_date IF NOT EXISTS FOR (c:Claim) ON (c.valid_from);
// MENTIONS (Article -> Actor) needs no index: it is read from its actor (articles_mentioning.cypher).
// Relations by id, one index per type (RelationType): the write procedure reads the stored state of
// each relation a batch touches (neo4j/claims_and_states.cypher) by its id, without expanding the
// endpoints, whose edges (a hub's thousands, and the batch's own new SUBJECT/OBJECT edges) grow.
CREATE INDEX relation_id_affiliate_of IF NOT EXISTS FOR ()-[e:AFFILIATE_OF]-() ON (e.id);
CREATE INDEX relation_id_successor_of IF NOT EXISTS FOR ()-[e:SUCCESSOR_OF]-() ON (e.id);
CREATE INDEX relation_id_supports IF NOT EXISTS FOR ()-[e:SUPPORTS]-() ON (e.id);
CREATE INDEX relation_id_attacks IF NOT EXISTS FOR ()-[e:ATTACKS]-() ON (e.id);
CREATE INDEX relation_id_ceasefire_with IF NOT EXISTS FOR ()-[e:CEASEFIRE_WITH]-() ON (e.id);
CREATE INDEX relation_id_allied_with IF NOT EXISTS FOR ()-[e:ALLIED_WITH]-() ON (e.id);
