// upsert_mentions: record that an article names an actor, whether or not in a relation.
// One MENTIONS edge per (article, actor); a rerun sets the same count and names (idempotent).
// Parameters: $rows: [{article, actor, count, names}] (the article and actor exist).
// Returns: nothing.
UNWIND $rows AS r
MATCH (a:Article {id: r.article}), (x:Actor {id: r.actor})
MERGE (a)-[m:MENTIONS]->(x)
SET m.count = r.count, m.names = r.names;
