// mentions_of_articles: the MENTIONS edges of the given articles (push/pull check them across).
// `WHERE d.id IN $ids` rather than UNWIND + MATCH: LadybugDB plans the UNWIND form as a scan.
// Parameters: $ids: [article id]. Returns: article, actor.
MATCH (d:Article)-[:MENTIONS]->(x:Actor)
WHERE d.id IN $ids
RETURN d.id AS article, x.id AS actor;
