// upsert_articles: create or update source documents (articles, event records) by id.
// LadybugDB: as upsert_actors, the store creates the missing ones (./bulk_upsert_articles.cypher)
// and this updates the stored ones. A row without a revision keeps the stored one (push/pull of
// an older store, a plain upsert).
// Parameters: $rows: [{id, title, url, source, published (ISO date or null), language, revision}]
//   of stored articles.
// Returns: nothing.
UNWIND $rows AS r
MATCH (a:Article {id: r.id})
SET a.title = r.title, a.url = r.url, a.source = r.source, a.published = date(r.published),
    a.language = r.language, a.revision = coalesce(r.revision, a.revision);
