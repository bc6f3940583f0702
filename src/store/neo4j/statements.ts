// Every Cypher statement the Neo4j store sends, as constants so a test can lint each one.
// Entities carry two labels: their kind (Person, State, ...) for analysts, and `Entity`, on
// which the uniqueness constraint and every merge rest (an id keeps the kind it was first
// stored with, as in the Kùzu store). Labels and types are inlined only from the ontology.
import { ARTICLE_LABEL, ENTITY_KINDS, MENTIONS, RELATION_TYPES, type EntityKind, type RelationType } from '../../ontology.ts';

export const ENTITY_LABEL = 'Entity';

function quote(label: string): string {
  return `\`${label}\``;
}

/** The parameters each statement takes, declared for the linter and documented for readers. */
export interface Neo4jStatement {
  text: string;
  parameters: readonly string[];
}

export const MERGE_ARTICLES: Neo4jStatement = {
  parameters: ['rows'],
  text: `UNWIND $rows AS row
MERGE (a:${quote(ARTICLE_LABEL)} {id: row.id})
ON CREATE SET a.kind = '${ARTICLE_LABEL}', a.title = row.title, a.source = row.source`,
};

function mergeEntities(kind: EntityKind): Neo4jStatement {
  return {
    parameters: ['rows'],
    text: `UNWIND $rows AS row
MERGE (n:${ENTITY_LABEL} {id: row.id})
ON CREATE SET n:${quote(kind)}, n.kind = '${kind}', n.name = row.name, n.aliases = row.aliases, n.title = row.title, n.iso = row.iso
ON MATCH SET n.aliases = n.aliases + [alias IN row.aliases WHERE NOT alias IN n.aliases], n.title = coalesce(n.title, row.title), n.iso = coalesce(n.iso, row.iso)`,
  };
}

export const MERGE_ENTITIES = Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, mergeEntities(kind)])) as Record<EntityKind, Neo4jStatement>;

export const MERGE_MENTIONS: Neo4jStatement = {
  parameters: ['rows'],
  text: `UNWIND $rows AS row
MATCH (a:${quote(ARTICLE_LABEL)} {id: row.article})
MATCH (n:${ENTITY_LABEL} {id: row.entity})
MERGE (a)-[m:${quote(MENTIONS)}]->(n)
ON CREATE SET m.relation = '${MENTIONS}', m.count = row.count`,
};

function mergeRelations(relation: RelationType): Neo4jStatement {
  return {
    parameters: ['rows'],
    text: `UNWIND $rows AS row
MATCH (a:${ENTITY_LABEL} {id: row.source})
MATCH (b:${ENTITY_LABEL} {id: row.target})
MERGE (a)-[r:${quote(relation)} {key: row.key}]->(b)
ON CREATE SET r.relation = '${relation}', r.cameo = row.cameo, r.evidence = row.evidence, r.start = row.start, r.\`end\` = row.end,
  r.article = row.article, r.count = row.count, r.object = row.object, r.confidence = row.confidence`,
  };
}

export const MERGE_RELATIONS = Object.fromEntries(RELATION_TYPES.map((relation) => [relation, mergeRelations(relation)])) as Record<RelationType, Neo4jStatement>;

export const STORED_ARTICLE_IDS: Neo4jStatement = {
  parameters: ['ids'],
  text: `MATCH (a:${quote(ARTICLE_LABEL)}) WHERE a.id IN $ids RETURN a.id AS id`,
};

export const EXPORT_ENTITIES: Neo4jStatement = {
  parameters: [],
  text: `MATCH (n:${ENTITY_LABEL}) RETURN n.id AS id, n.kind AS kind, n.name AS name, n.aliases AS aliases, n.title AS title, n.iso AS iso`,
};

export const EXPORT_MENTIONS: Neo4jStatement = {
  parameters: [],
  text: `MATCH (a:${quote(ARTICLE_LABEL)})-[m:${quote(MENTIONS)}]->(n:${ENTITY_LABEL}) RETURN n.id AS entity, a.id AS article, m.count AS count`,
};

export const EXPORT_RELATIONS: Neo4jStatement = {
  parameters: [],
  text: `MATCH (a:${ENTITY_LABEL})-[r]->(b:${ENTITY_LABEL})
RETURN a.id AS source, b.id AS target, r.key AS key, r.relation AS relation, r.cameo AS cameo, r.evidence AS evidence,
  r.start AS start, r.\`end\` AS \`end\`, r.article AS article, r.count AS count, r.object AS object, r.confidence AS confidence`,
};

export const COUNT_ARTICLES: Neo4jStatement = { parameters: [], text: `MATCH (a:${quote(ARTICLE_LABEL)}) RETURN count(a) AS n` };
export const COUNT_ENTITIES: Neo4jStatement = { parameters: [], text: `MATCH (n:${ENTITY_LABEL}) RETURN count(n) AS n` };
export const COUNT_RELATIONS: Neo4jStatement = { parameters: [], text: `MATCH (:${ENTITY_LABEL})-[r]->(:${ENTITY_LABEL}) RETURN count(r) AS n` };

// Folding one person node into another (see src/graph/personMerges.ts), in one write
// transaction: each stored relationship type (an allow-list: the ontology's) moves on its own.
// Looked up by the Entity label, whose id constraint is the index; the Person label checked after.
const PERSON = quote('Person');
const FROM = `(p:${ENTITY_LABEL} {id: $from})`;
const INTO = `(q:${ENTITY_LABEL} {id: $into})`;

export const BOTH_PEOPLE: Neo4jStatement = {
  parameters: ['from', 'into'],
  text: `MATCH ${FROM} WHERE p:${PERSON} MATCH ${INTO} WHERE q:${PERSON} RETURN count(*) AS n`,
};

function movePersonRelations(type: string, direction: 'out' | 'in'): Neo4jStatement {
  const match = direction === 'out' ? `${FROM}-[r:${quote(type)}]->(x)` : `(x)-[r:${quote(type)}]->${FROM}`;
  const create = direction === 'out' ? `(q)-[moved:${quote(type)}]->(x)` : `(x)-[moved:${quote(type)}]->(q)`;
  return {
    parameters: ['from', 'into'],
    text: `MATCH ${match} WHERE x <> p
MATCH ${INTO}
CREATE ${create}
SET moved = properties(r)`,
  };
}

/** Per stored relationship type (MENTIONS included), the statements moving it out of and into the node. */
export const MOVE_PERSON_RELATIONS = Object.fromEntries(
  [...RELATION_TYPES, MENTIONS].map((type) => [type, { out: movePersonRelations(type, 'out'), in: movePersonRelations(type, 'in') }]),
) as Record<RelationType | typeof MENTIONS, { out: Neo4jStatement; in: Neo4jStatement }>;

/** The other person keeps its name; it gains the aliases, and the title where it had none; the node goes. */
export const FOLD_PERSON: Neo4jStatement = {
  parameters: ['from', 'into'],
  text: `MATCH ${FROM} WHERE p:${PERSON} MATCH ${INTO} WHERE q:${PERSON}
SET q.aliases = q.aliases + [alias IN p.aliases WHERE NOT alias IN q.aliases],
  q.title = CASE WHEN q.title IS NULL OR q.title = '' THEN p.title ELSE q.title END
DETACH DELETE p`,
};

/** Everything above, for the lint test. */
export function allNeo4jStatements(): Neo4jStatement[] {
  return [
    MERGE_ARTICLES,
    ...Object.values(MERGE_ENTITIES),
    MERGE_MENTIONS,
    ...Object.values(MERGE_RELATIONS),
    STORED_ARTICLE_IDS,
    EXPORT_ENTITIES,
    EXPORT_MENTIONS,
    EXPORT_RELATIONS,
    COUNT_ARTICLES,
    COUNT_ENTITIES,
    COUNT_RELATIONS,
    BOTH_PEOPLE,
    ...Object.values(MOVE_PERSON_RELATIONS).flatMap((pair) => [pair.out, pair.in]),
    FOLD_PERSON,
  ];
}
