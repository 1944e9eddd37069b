// delete_mentions: remove the MENTIONS edges of the given articles (a revised article's old
// mentions, before its new ones are written).
// Parameters: $ids: [string] (article ids). Returns: nothing.
MATCH (a:Article)-[m:MENTIONS]->(:Actor)
WHERE a.id IN $ids
DELETE m;
