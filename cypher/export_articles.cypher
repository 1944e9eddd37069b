// export_articles: every source document, one page at a time in id order (keyset: ids after $after).
// Parameters: $after (the last id of the previous page; '' for the first), $limit (page size).
// Returns: id, title, url, source, published, language, revision.
MATCH (d:Article)
WHERE d.id > $after
RETURN d.id AS id, d.title AS title, d.url AS url, d.source AS source, d.published AS published,
    d.language AS language, d.revision AS revision
ORDER BY id
LIMIT $limit;
