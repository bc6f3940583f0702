// Neo4j constraints and indexes for newsgraph. The Neo4j store applies them on start (every
// statement is IF NOT EXISTS, so applying them again changes nothing). Kùzu needs none of this:
// its tables and primary keys come from src/ontology.ts (src/store/kuzu/ddl.ts).

// Identity: one Article per article id, one entity node per entity id (every entity node also
// carries the label Entity besides its kind, so one constraint covers all kinds).
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;

// Look-ups by name: the query library finds actors by name (and alias) within a kind or across kinds.
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind);
CREATE INDEX person_name IF NOT EXISTS FOR (n:`Person`) ON (n.name);
CREATE INDEX state_name IF NOT EXISTS FOR (n:`State`) ON (n.name);
CREATE INDEX agency_name IF NOT EXISTS FOR (n:`Agency`) ON (n.name);
CREATE INDEX group_name IF NOT EXISTS FOR (n:`Group`) ON (n.name);
CREATE INDEX event_name IF NOT EXISTS FOR (n:`Event`) ON (n.name);
CREATE INDEX place_name IF NOT EXISTS FOR (n:`Place`) ON (n.name);

// Relationship keys (one relationship per stated event) and CAMEO codes, per relation type.
CREATE INDEX expelled_key IF NOT EXISTS FOR ()-[r:EXPELLED]-() ON (r.key);
CREATE INDEX accused_key IF NOT EXISTS FOR ()-[r:ACCUSED]-() ON (r.key);
CREATE INDEX denied_key IF NOT EXISTS FOR ()-[r:DENIED]-() ON (r.key);
CREATE INDEX congratulated_key IF NOT EXISTS FOR ()-[r:CONGRATULATED]-() ON (r.key);
CREATE INDEX threatened_key IF NOT EXISTS FOR ()-[r:THREATENED]-() ON (r.key);
CREATE INDEX criticized_key IF NOT EXISTS FOR ()-[r:CRITICIZED]-() ON (r.key);
CREATE INDEX sanctioned_key IF NOT EXISTS FOR ()-[r:SANCTIONED]-() ON (r.key);
CREATE INDEX summoned_key IF NOT EXISTS FOR ()-[r:SUMMONED]-() ON (r.key);
CREATE INDEX called_key IF NOT EXISTS FOR ()-[r:CALLED]-() ON (r.key);
CREATE INDEX recalled_key IF NOT EXISTS FOR ()-[r:RECALLED]-() ON (r.key);
CREATE INDEX holds_office_key IF NOT EXISTS FOR ()-[r:HOLDS_OFFICE]-() ON (r.key);
CREATE INDEX leads_key IF NOT EXISTS FOR ()-[r:LEADS]-() ON (r.key);
CREATE INDEX part_of_key IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.key);
CREATE INDEX spokesperson_for_key IF NOT EXISTS FOR ()-[r:SPOKESPERSON_FOR]-() ON (r.key);
CREATE INDEX expelled_cameo IF NOT EXISTS FOR ()-[r:EXPELLED]-() ON (r.cameo);
CREATE INDEX accused_cameo IF NOT EXISTS FOR ()-[r:ACCUSED]-() ON (r.cameo);
CREATE INDEX denied_cameo IF NOT EXISTS FOR ()-[r:DENIED]-() ON (r.cameo);
CREATE INDEX congratulated_cameo IF NOT EXISTS FOR ()-[r:CONGRATULATED]-() ON (r.cameo);
CREATE INDEX threatened_cameo IF NOT EXISTS FOR ()-[r:THREATENED]-() ON (r.cameo);
CREATE INDEX criticized_cameo IF NOT EXISTS FOR ()-[r:CRITICIZED]-() ON (r.cameo);
CREATE INDEX sanctioned_cameo IF NOT EXISTS FOR ()-[r:SANCTIONED]-() ON (r.cameo);
CREATE INDEX summoned_cameo IF NOT EXISTS FOR ()-[r:SUMMONED]-() ON (r.cameo);
CREATE INDEX called_cameo IF NOT EXISTS FOR ()-[r:CALLED]-() ON (r.cameo);
CREATE INDEX recalled_cameo IF NOT EXISTS FOR ()-[r:RECALLED]-() ON (r.cameo);
CREATE INDEX holds_office_cameo IF NOT EXISTS FOR ()-[r:HOLDS_OFFICE]-() ON (r.cameo);
CREATE INDEX leads_cameo IF NOT EXISTS FOR ()-[r:LEADS]-() ON (r.cameo);
CREATE INDEX part_of_cameo IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.cameo);
CREATE INDEX spokesperson_for_cameo IF NOT EXISTS FOR ()-[r:SPOKESPERSON_FOR]-() ON (r.cameo);
