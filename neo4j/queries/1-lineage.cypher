// Lineage of a group: what it came from (renamed from, formed from, branch of) and what came from it
// Edit the id and run; click an actor to see its kind, aliases and country, an arrow for its dates.
:param id => 'hayat-tahrir-al-sham';
MATCH p = (:Actor {id: $id})-[:SUCCESSOR_OF|AFFILIATE_OF*1..6]->(:Actor)
RETURN p
UNION
MATCH p = (:Actor {id: $id})<-[:SUCCESSOR_OF|AFFILIATE_OF*1..6]-(:Actor)
RETURN p;
