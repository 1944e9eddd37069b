// claims_and_states: which of a write's claims are stored, and the stored relations among those
// they belong to with their state (Neo4j form: one `_rows` record, see neo4j/actors_existing.cypher).
// Parameters, returns: as ../claims_and_states.cypher (every type in the text, so it never changes
// with the batch and the server plans it once; relations sought by id, the relation_id_* indexes).
CALL () {
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
    RETURN 'relation' AS kind, e.id AS id, e.state AS state
}
RETURN collect({kind: kind, id: id, state: state}) AS _rows;
