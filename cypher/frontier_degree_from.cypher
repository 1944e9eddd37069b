// frontier_degree_from: frontier_degree.cypher for one actor (the embedded store's form for few
// actors, as path_step_from.cypher: found by primary key, not by reading every actor).
// Parameters: $id (actor id). Returns: degree.
MATCH (x:Actor {id: $id})-[r:AFFILIATE_OF|SUCCESSOR_OF|SUPPORTS|ATTACKS|CEASEFIRE_WITH|ALLIED_WITH]-(:Actor)
RETURN count(r) AS degree;
