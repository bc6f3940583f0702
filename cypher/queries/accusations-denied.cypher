// Accusations answered by denials: A accused B, and B denied it (the denial points back at its accuser, A).
MATCH (a)-[accusation:ACCUSED]->(b)-[denial:DENIED]->(a)
RETURN a.name AS accuser, b.name AS accused, accusation.evidence AS accusation_evidence, denial.evidence AS denial_evidence,
  accusation.article AS accusation_article, denial.article AS denial_article
ORDER BY accuser, accused, accusation_evidence, denial_evidence;
