// adversaries: who attacked the actor, and whom it attacked, between $since and $until
// (an attack's date is its event date, or the day it was reported when it has none).
// Parameters: $id, $since, $until (dates). Returns: direction ('out': $id attacked other,
//   'in': other attacked $id), other (actor id), other_name... (as in alliances.cypher), attacks (claims), first, last (dates),
//   confidence (highest claim confidence), sources (distinct sources of those attacks: the
//   publisher, else the article, as relations count them).
MATCH (x:Actor {id: $id})<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(y:Actor)
WHERE c.type = 'ATTACKS' AND coalesce(c.valid_from, c.reported) >= $since
  AND coalesce(c.valid_from, c.reported) <= $until
RETURN 'out' AS direction, y.id AS other, y.name AS other_name, y.kind AS other_kind, y.founded AS other_founded,
    y.founded_precision AS other_founded_precision, y.dissolved AS other_dissolved,
    y.dissolved_precision AS other_dissolved_precision, count(c) AS attacks,
    min(coalesce(c.valid_from, c.reported)) AS first, max(coalesce(c.valid_from, c.reported)) AS last,
    max(c.confidence) AS confidence,
    count(DISTINCT CASE WHEN c.source IS NULL OR c.source = '' THEN c.article ELSE c.source END) AS sources
UNION ALL
MATCH (x:Actor {id: $id})<-[:OBJECT]-(c:Claim)-[:SUBJECT]->(y:Actor)
WHERE c.type = 'ATTACKS' AND coalesce(c.valid_from, c.reported) >= $since
  AND coalesce(c.valid_from, c.reported) <= $until
RETURN 'in' AS direction, y.id AS other, y.name AS other_name, y.kind AS other_kind, y.founded AS other_founded,
    y.founded_precision AS other_founded_precision, y.dissolved AS other_dissolved,
    y.dissolved_precision AS other_dissolved_precision, count(c) AS attacks,
    min(coalesce(c.valid_from, c.reported)) AS first, max(coalesce(c.valid_from, c.reported)) AS last,
    max(c.confidence) AS confidence,
    count(DISTINCT CASE WHEN c.source IS NULL OR c.source = '' THEN c.article ELSE c.source END) AS sources;
