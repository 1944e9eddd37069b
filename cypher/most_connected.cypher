// most_connected: the actors with the most relations (any type, either direction), for a start page.
// Parameters: $limit (int). Returns: id, name, kind, relations (count of relations it takes part in).
MATCH (a:Actor)-[r]-(:Actor)
RETURN a.id AS id, a.name AS name, a.kind AS kind, count(r) AS relations
ORDER BY relations DESC, id
LIMIT $limit;
