// delete_relations: remove aggregated relations whose last claim was retracted.
// __TYPE__ is replaced by a member of the RelationType enum, never by user text.
// Parameters: $ids (relation ids of one type), $sources (their source actors); $keys unused.
// Returns: nothing.
MATCH (s:Actor)-[e:__TYPE__]->(:Actor)
WHERE s.id IN $sources AND e.id IN $ids
DELETE e;
