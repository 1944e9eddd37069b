// upsert_articles: create or update source documents (articles, event records) by id.
// A row without a revision keeps the stored one (push/pull of an older store, a plain upsert).
// Parameters: $rows: [{id, title, url, source, published (ISO date or null), language, revision}]
//   $stored (optional, LadybugDB only): the rows' ids already stored, as the caller read them.
// Returns: nothing.
UNWIND $rows AS r
MERGE (a:Article {id: r.id})
SET a.title = r.title, a.url = r.url, a.source = r.source, a.published = date(r.published),
    a.language = r.language, a.revision = coalesce(r.revision, a.revision);
