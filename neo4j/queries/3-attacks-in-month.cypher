// Who attacked whom in a month: every reported attack dated in the month, grouped by attacker and target
// Switch to the table view for the counts and dates; the graph shows the attack edges.
:param month => date('2020-02-01');
MATCH (c:Claim {type: 'ATTACKS'})
WHERE date.truncate('month', $month) <= c.valid_from < date.truncate('month', $month) + duration('P1M')
MATCH (attacker:Actor {id: c.subject})-[r:ATTACKS]->(target:Actor {id: c.object})
RETURN attacker, r, target, count(c) AS reports, min(c.valid_from) AS first, max(c.valid_from) AS last
ORDER BY reports DESC, attacker.id, target.id;
