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
