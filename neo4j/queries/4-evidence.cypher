// Evidence of an edge: the claims behind one relation, with their sentences and sources
// Click an arrow in a graph view and copy its id property (TYPE:source:target) here.
:param relation => 'SUPPORTS:russia:syrian-government-assad';
WITH split($relation, ':') AS key
MATCH (s:Actor {id: key[1]})<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(t:Actor {id: key[2]})
WHERE c.type = key[0]
MATCH (d:Article)-[:REPORTS]->(c)
RETURN c.sentence AS sentence, d.title AS article, d.source AS source, d.published AS published,
    c.valid_from AS valid_from, c.valid_to AS valid_to, c.confidence AS confidence, c.hedged AS hedged,
    c.extractor AS extractor, d.url AS url
ORDER BY coalesce(c.valid_from, c.reported), c.id;
