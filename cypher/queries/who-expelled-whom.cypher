// Who expelled whom: one row per actor and target, with the number of reported expulsions, the people expelled where stated, and the evidence.
MATCH (a)-[r:EXPELLED]->(b)
RETURN a.name AS actor, a.kind AS actor_kind, b.name AS target, count(r) AS expulsions,
  coalesce(sum(r.count), 0) AS people_expelled, collect(r.evidence) AS evidence, collect(r.article) AS articles
ORDER BY expulsions DESC, people_expelled DESC, actor, target;
