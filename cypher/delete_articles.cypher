// delete_articles: remove source documents and their edges (their claims are deleted first).
// Parameters: $ids: [string] (article ids). Returns: nothing.
MATCH (a:Article)
WHERE a.id IN $ids
DETACH DELETE a;
