// clear_relations: remove the stored relations a write is about to create again (all types at once).
// Neo4j: nothing to do, so no statement: upsert_relations updates a stored edge in place, its
// state included. LadybugDB deletes the edges and their RelationState nodes here
// (./embedded/clear_relations.cypher), so that one statement serves every type.
// Parameters: $ids (relation ids, any types), $sources (their source actors). Returns: no row.
