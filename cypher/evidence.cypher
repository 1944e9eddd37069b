// evidence: the claims behind one relation, with their sentences and sources.
// Parameters: $relation (its id), $type, $source, $target (symmetric types: endpoints in id
//   order; the LadybugDB override walks from $source, having no index on Claim.relation).
// Returns: id, valid_from, valid_from_precision, valid_to, valid_to_precision, ended, observed,
//   observed_precision, episodic,
//   sentence, span_start, span_end, extractor, confidence, hedged, reported, attributes, article,
//   title, url, source, published.
MATCH (c:Claim {relation: $relation})
MATCH (d:Article)-[:REPORTS]->(c)
RETURN c.id AS id, c.valid_from AS valid_from, c.valid_from_precision AS valid_from_precision,
    c.valid_to AS valid_to, c.valid_to_precision AS valid_to_precision, c.ended AS ended,
    c.observed AS observed, c.observed_precision AS observed_precision, c.episodic AS episodic,
    c.sentence AS sentence, c.span_start AS span_start, c.span_end AS span_end, c.extractor AS extractor,
    c.confidence AS confidence, c.hedged AS hedged, c.reported AS reported,
    c.attributes AS attributes, d.id AS article, d.title AS title, d.url AS url,
    d.source AS source, d.published AS published
ORDER BY coalesce(c.valid_from, c.reported), c.id
LIMIT $limit;
