// claims_and_states: which of a write's claims are stored, and the stored relations among those
// they belong to with their aggregate state, in one query (read after lock_actors).
// Parameters: $claims: [string] (claim ids); $relations: {TYPE: [relation id]} (the relation ids
//   of each type; a type absent from the map has none); $ids: every relation id (LadybugDB).
// Returns: kind ('claim' or 'relation'), id, state (relations: RelationState JSON, null on
//   relations written before states were stored).
// Every type is in the text (an absent one unwinds nothing), so it never changes with the
// batch: the server plans it once. A relation is sought by id (the relation_id_* indexes).
UNWIND $claims AS i
MATCH (c:Claim {id: i})
RETURN 'claim' AS kind, c.id AS id, null AS state
UNION ALL
UNWIND coalesce($relations.AFFILIATE_OF, []) AS i
MATCH ()-[e:AFFILIATE_OF {id: i}]->()
RETURN 'relation' AS kind, e.id AS id, e.state AS state
UNION ALL
UNWIND coalesce($relations.SUCCESSOR_OF, []) AS i
MATCH ()-[e:SUCCESSOR_OF {id: i}]->()
RETURN 'relation' AS kind, e.id AS id, e.state AS state
UNION ALL
UNWIND coalesce($relations.SUPPORTS, []) AS i
MATCH ()-[e:SUPPORTS {id: i}]->()
RETURN 'relation' AS kind, e.id AS id, e.state AS state
UNION ALL
UNWIND coalesce($relations.ATTACKS, []) AS i
MATCH ()-[e:ATTACKS {id: i}]->()
RETURN 'relation' AS kind, e.id AS id, e.state AS state
UNION ALL
UNWIND coalesce($relations.CEASEFIRE_WITH, []) AS i
MATCH ()-[e:CEASEFIRE_WITH {id: i}]->()
RETURN 'relation' AS kind, e.id AS id, e.state AS state
UNION ALL
UNWIND coalesce($relations.ALLIED_WITH, []) AS i
MATCH ()-[e:ALLIED_WITH {id: i}]->()
RETURN 'relation' AS kind, e.id AS id, e.state AS state;
