// frontier_degree: how many relations a set of actors has (any type, either direction): what
// reading them would cost: graph/paths.py expands the cheaper frontier of its search.
// Both engines count these from their adjacency without reading the relations.
// Parameters: $ids ([actor id]). Returns: degree.
MATCH (x:Actor)-[r:AFFILIATE_OF|SUCCESSOR_OF|SUPPORTS|ATTACKS|CEASEFIRE_WITH|ALLIED_WITH]-(:Actor)
WHERE x.id IN $ids
RETURN count(r) AS degree;
