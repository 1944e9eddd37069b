// export_mentions: the MENTIONS edges (an article names an actor) of a page of articles (keyset
// over article ids, which are indexed). An article that mentions nobody gives one row with
// actor null, so the caller always learns the page's last article.
// Parameters: $after (the last article id of the previous page; '' for the first), $limit (articles per page).
// Returns: article, actor, count, names.
MATCH (d:Article)
WHERE d.id > $after
WITH d ORDER BY d.id LIMIT $limit
OPTIONAL MATCH (d)-[m:MENTIONS]->(x:Actor)
RETURN d.id AS article, x.id AS actor, m.count AS count, m.names AS names;
