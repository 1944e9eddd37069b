// claims_of_relations: every claim behind the given relations, to recompute them.
// Parameters: $keys: [{id, type, source, target}] (symmetric types in id order, as claims store them);
//   $ids and $sources (the same keys as lists) are for the LadybugDB override.
// Returns: type, source, target, valid_from, valid_to, valid_from_precision, valid_to_precision, ended, confidence, source_name, article,
//   reported, hedged, observed, observed_precision, episodic, extractor: one row per claim.
UNWIND $keys AS k
MATCH (c:Claim {relation: k.id})
RETURN k.type AS type, k.source AS source, k.target AS target, c.valid_from AS valid_from,
    c.valid_to AS valid_to, c.valid_from_precision AS valid_from_precision,
    c.valid_to_precision AS valid_to_precision, c.ended AS ended, c.confidence AS confidence,
    c.source AS source_name, c.article AS article, c.reported AS reported, c.hedged AS hedged,
    c.observed AS observed, c.observed_precision AS observed_precision, c.episodic AS episodic,
    c.extractor AS extractor;
