// Most active actors: entities ranked by the number of relations they initiated (mentions left out), with their range of relation types.
MATCH (a)-[r]->(b)
WHERE r.relation <> 'MENTIONS'
RETURN a.name AS actor, a.kind AS kind, count(r) AS relations, count(DISTINCT b.id) AS targets,
  collect(DISTINCT r.relation) AS relation_types
ORDER BY relations DESC, actor
LIMIT 25;
