// articles_mentioning: the articles that mention one actor, one page at a time in article id order
// (keyset: ids after $after).
// Parameters: $actor (actor id), $after ('' for the first page), $limit (page size).
// Returns: id, title, url, source, published, count (mentions in the article), names (forms used).
MATCH (a:Article)-[m:MENTIONS]->(x:Actor {id: $actor})
WHERE a.id > $after
RETURN a.id AS id, a.title AS title, a.url AS url, a.source AS source, a.published AS published,
    m.count AS count, m.names AS names
ORDER BY id
LIMIT $limit;
