// delete_claims: remove claims and their provenance edges (the caller recomputes their relations).
// Parameters: $ids: [string] (claim ids). Returns: nothing.
MATCH (c:Claim)
WHERE c.id IN $ids
DETACH DELETE c;
