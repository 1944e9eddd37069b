// bulk_clear_relations: clear_relations for many ids: one hash join of the ids with the relation
// edges (./delete_relations.cypher, run once per (type, source actor), costs more than the whole
// tables once a batch names a few hundred such groups), and the RelationState nodes by primary key.
// Parameters: $ids (relation ids, any types). Returns: nothing.
UNWIND $ids AS i
MATCH (:Actor)-[e:AFFILIATE_OF|SUCCESSOR_OF|SUPPORTS|ATTACKS|CEASEFIRE_WITH|ALLIED_WITH]->(:Actor)
WHERE e.id = i
DELETE e;
UNWIND $ids AS i
MATCH (x:RelationState {id: i})
DELETE x;
