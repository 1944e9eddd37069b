// adversaries: who attacked the actor, and whom it attacked, between $since and $until
// (an attack's date is its event date, or the day it was reported when it has none).
// Parameters: $id, $since, $until (dates). Returns: direction ('out': $id attacked other,
//   'in': other attacked $id), other (actor id), attacks (claims), first, last (dates),
//   confidence (highest claim confidence).
MATCH (x:Actor {id: $id})<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(y:Actor)
WHERE c.type = 'ATTACKS' AND coalesce(c.valid_from, c.reported) >= $since
  AND coalesce(c.valid_from, c.reported) <= $until
RETURN 'out' AS direction, y.id AS other, count(c) AS attacks,
    min(coalesce(c.valid_from, c.reported)) AS first, max(coalesce(c.valid_from, c.reported)) AS last,
    max(c.confidence) AS confidence
UNION ALL
MATCH (x:Actor {id: $id})<-[:OBJECT]-(c:Claim)-[:SUBJECT]->(y:Actor)
WHERE c.type = 'ATTACKS' AND coalesce(c.valid_from, c.reported) >= $since
  AND coalesce(c.valid_from, c.reported) <= $until
RETURN 'in' AS direction, y.id AS other, count(c) AS attacks,
    min(coalesce(c.valid_from, c.reported)) AS first, max(coalesce(c.valid_from, c.reported)) AS last,
    max(c.confidence) AS confidence;
