// People and the offices they hold: each person's stated title, and the states or organisations they hold office in, lead or speak for.
MATCH (p:Person)
OPTIONAL MATCH (p)-[r:HOLDS_OFFICE|LEADS|SPOKESPERSON_FOR]->(o)
RETURN p.name AS person, p.title AS title, r.relation AS role, o.name AS organisation, r.evidence AS evidence
ORDER BY person, role, organisation;
