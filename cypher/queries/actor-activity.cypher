// Everything one actor did: every relation it is the source of (mentions left out), with the target and the evidence.
// @param name  the actor's name or one of its aliases, e.g. "Russia" or "Moscow"
MATCH (a)-[r]->(b)
WHERE (a.name = $name OR $name IN a.aliases) AND r.relation <> 'MENTIONS'
RETURN a.name AS actor, r.relation AS relation, b.name AS target, r.count AS count, r.object AS object,
  r.evidence AS evidence, r.article AS article
ORDER BY relation, target, article, evidence;
