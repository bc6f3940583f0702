// Two-hop neighbourhood of an entity: its direct neighbours (any relation, either direction, mentions left out) and who each of them is linked to in turn.
// @param name  the entity's name or one of its aliases, e.g. "Russia"
MATCH (e)-[r1]-(n1)
WHERE (e.name = $name OR $name IN e.aliases) AND r1.relation <> 'MENTIONS'
OPTIONAL MATCH (n1)-[r2]-(n2)
WHERE r2.relation <> 'MENTIONS' AND n2.id <> e.id
RETURN n1.name AS neighbour, n1.kind AS kind, collect(DISTINCT r1.relation) AS via, coalesce(collect(DISTINCT n2.name), []) AS second_hop
ORDER BY neighbour;
