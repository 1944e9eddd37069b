// counts: how many actors, articles and claims are stored.
// Parameters: none. Returns: actors, articles, claims.
MATCH (a:Actor) WITH count(a) AS actors
OPTIONAL MATCH (d:Article) WITH actors, count(d) AS articles
OPTIONAL MATCH (c:Claim)
RETURN actors, articles, count(c) AS claims;
