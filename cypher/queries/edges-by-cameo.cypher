// Edges of one CAMEO event code: every relation coded with it (e.g. 174 expel, 112 accuse, 016 deny, 051 congratulate), with its evidence.
// @param cameo  a CAMEO code as text, e.g. "174"
MATCH (a)-[r]->(b)
WHERE r.cameo = $cameo
RETURN r.cameo AS cameo, r.relation AS relation, a.name AS actor, b.name AS target, r.count AS count,
  r.evidence AS evidence, r.article AS article
ORDER BY relation, actor, target, article, evidence;
