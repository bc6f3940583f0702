// Who congratulated whom: every congratulation with its evidence and article.
MATCH (a)-[r:CONGRATULATED]->(b)
RETURN a.name AS actor, b.name AS target, r.evidence AS evidence, r.article AS article
ORDER BY actor, target, article;
