// bulk_upsert_articles: upsert_articles for articles not stored yet (the store looked their ids up
// by primary key): one plain CREATE with every property.
// Parameters: $rows: as ./upsert_articles.cypher, none of them stored. Returns: nothing.
UNWIND $rows AS r
CREATE (:Article {id: r.id, title: r.title, url: r.url, source: r.source, published: date(r.published),
    language: r.language, revision: r.revision});
