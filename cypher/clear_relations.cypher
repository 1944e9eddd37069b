// clear_relations: remove the stored relations a write is about to create again (all types at once).
// Neo4j: nothing to do, so no statement: upsert_relations updates a stored edge in place, its
// state included. LadybugDB deletes the edges and their RelationState nodes: its store runs
// ./embedded/delete_relations.cypher once per (type, source actor), or, for many,
// ./embedded/bulk_clear_relations.cypher (graph/backends/embedded_bulk.py).
// Parameters: $ids (relation ids, any types), $sources (their source actors). Returns: no row.
