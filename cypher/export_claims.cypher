// export_claims: every claim with all its properties, one page at a time in id order
// (keyset: ids after $after). The claim's article and actors are its properties.
// Parameters: $after (the last id of the previous page; '' for the first), $limit (page size).
// Returns: id, type, subject, object, valid_from, valid_from_precision, valid_to, valid_to_precision,
//   ended, sentence, span_start, span_end, article, source, extractor, confidence, hedged, reported,
//   attributes (JSON text).
MATCH (c:Claim)
WHERE c.id > $after
RETURN c.id AS id, c.type AS type, c.subject AS subject, c.object AS object,
    c.valid_from AS valid_from, c.valid_from_precision AS valid_from_precision,
    c.valid_to AS valid_to, c.valid_to_precision AS valid_to_precision, c.ended AS ended,
    c.observed AS observed, c.observed_precision AS observed_precision, c.episodic AS episodic,
    c.sentence AS sentence, c.span_start AS span_start, c.span_end AS span_end, c.article AS article,
    c.source AS source, c.extractor AS extractor, c.confidence AS confidence, c.hedged AS hedged,
    c.reported AS reported, c.attributes AS attributes
ORDER BY id
LIMIT $limit;
