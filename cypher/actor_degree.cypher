// actor_degree: how many relations one actor has (any type, either direction), so that a path's
// relations are read from their end with fewer (relation_between.cypher). The actor is found by
// primary key (`x.id IN $ids`, as in frontier_degree.cypher, reads every actor in LadybugDB), and
// both engines count from their adjacency without reading the relations.
// Parameters: $id (actor id). Returns: degree.
MATCH (a:Actor {id: $id})-[r:AFFILIATE_OF|SUCCESSOR_OF|SUPPORTS|ATTACKS|CEASEFIRE_WITH|ALLIED_WITH]-(:Actor)
RETURN count(r) AS degree;
