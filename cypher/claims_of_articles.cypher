// claims_of_articles: the claims the given articles report, to retract or replace them.
// Parameters: $ids: [string] (article ids). Returns: id, article, type, subject, object.
MATCH (a:Article)-[:REPORTS]->(c:Claim)
WHERE a.id IN $ids
RETURN c.id AS id, a.id AS article, c.type AS type, c.subject AS subject, c.object AS object;
