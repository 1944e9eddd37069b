// Path between two actors: a shortest chain of relations of any type and direction
// Relations are walked whatever their dates; see how two actors are connected, then ask for evidence.
:param from_actor => 'hezbollah';
:param to_actor => 'turkey';
MATCH (a:Actor {id: $from_actor}), (b:Actor {id: $to_actor})
MATCH p = shortestPath((a)-[:AFFILIATE_OF|SUCCESSOR_OF|SUPPORTS|ATTACKS|CEASEFIRE_WITH|ALLIED_WITH*..6]-(b))
RETURN p;
