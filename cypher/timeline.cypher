// timeline: the dated claims about an actor, oldest first (undated ones by report date).
// Parameters: $id, $limit. Returns: id, type, subject, object, valid_from,
//   valid_from_precision, valid_to, valid_to_precision, ended, observed,
//   observed_precision, episodic, sentence, confidence, hedged,
//   reported, article, source.
MATCH (x:Actor {id: $id})<-[:SUBJECT|OBJECT]-(c:Claim)
RETURN c.id AS id, c.type AS type, c.subject AS subject, c.object AS object,
    c.valid_from AS valid_from, c.valid_from_precision AS valid_from_precision,
    c.valid_to AS valid_to, c.valid_to_precision AS valid_to_precision, c.ended AS ended,
    c.observed AS observed, c.observed_precision AS observed_precision, c.episodic AS episodic,
    c.sentence AS sentence, c.confidence AS confidence, c.hedged AS hedged,
    c.reported AS reported, c.article AS article, c.source AS source
ORDER BY coalesce(c.valid_from, c.reported), c.id
LIMIT $limit;
