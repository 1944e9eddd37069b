// search_actors: actors whose normalised name or alias contains the normalised query.
// `search` holds "|name|alias|...|" normalised (case, accents, punctuation, al-/the folded).
// Parameters: $q (normalised text), $limit. Returns: id, name, kind, aliases, search.
MATCH (a:Actor)
WHERE a.search CONTAINS $q
RETURN a.id AS id, a.name AS name, a.kind AS kind, a.aliases AS aliases, a.search AS search
ORDER BY size(a.name), a.id
LIMIT $limit;
