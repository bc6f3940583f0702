// Articles that mention an entity: every article naming it, how often, and the article's title and source.
// @param name  the entity's name or one of its aliases, e.g. "Theresa May"
MATCH (a:Article)-[m:MENTIONS]->(e)
WHERE e.name = $name OR $name IN e.aliases
RETURN e.name AS entity, a.id AS article, a.title AS title, a.source AS source, m.count AS mentions
ORDER BY title, article;
