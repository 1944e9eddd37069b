// claims_and_states: which of a write's claims are stored, and the stored relations among those
// they belong to with their state (LadybugDB form: the states are read from the RelationState node
// table by primary key, whatever the type, so this reads only $claims and $ids).
// Parameters, returns: as ../claims_and_states.cypher.
UNWIND $claims AS i
MATCH (c:Claim {id: i})
RETURN 'claim' AS kind, c.id AS id, CAST(NULL AS STRING) AS state
UNION ALL
UNWIND $ids AS i
MATCH (x:RelationState {id: i})
RETURN 'relation' AS kind, x.id AS id, x.state AS state;
