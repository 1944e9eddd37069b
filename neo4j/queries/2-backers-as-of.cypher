// Backers as of a date: who supported an actor on that day
// A backing holds on the day when it began on or before it and had not ended (active_until) before it.
:param actor => 'syrian-government-assad';
:param day => date('2020-03-01');
MATCH (backer:Actor)-[r:SUPPORTS]->(backed:Actor {id: $actor})
WHERE (r.valid_from IS NULL OR r.valid_from <= $day)
  AND (r.active_until IS NULL OR r.active_until >= $day)
RETURN backer, r, backed
ORDER BY r.confidence DESC, backer.id;
