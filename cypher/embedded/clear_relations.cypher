// clear_relations: delete the stored edges and RelationState nodes of relations the write creates
// again right after (insert_relations / upsert_relations): SET on a LadybugDB relationship costs
// ~1 ms a row, and an edge is found only by scanning. One statement for every type: the source
// actors are selected once and their edges tested against the ids. Many ids:
// ./bulk_clear_relations.cypher.
// Parameters: $ids (relation ids, any types), $sources (their source actors). Returns: nothing.
MATCH (s:Actor)-[e:AFFILIATE_OF|SUCCESSOR_OF|SUPPORTS|ATTACKS|CEASEFIRE_WITH|ALLIED_WITH]->(:Actor)
WHERE s.id IN $sources AND e.id IN $ids
DELETE e;
UNWIND $ids AS i
MATCH (x:RelationState {id: i})
DELETE x;
