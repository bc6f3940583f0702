// Every Cypher statement the Kùzu store sends. Labels and relationship types are inlined only
// from the ontology; every value is a parameter (columns from ./columns.ts).
import { ARTICLE_LABEL, ENTITY_KINDS, MENTIONS, type EntityKind, type RelationType } from '../../ontology.ts';
import { unwindRows } from './columns.ts';
import { quoteLabel } from './ddl.ts';

const ARTICLE = quoteLabel(ARTICLE_LABEL);

export const MERGE_ARTICLES =
  `${unwindRows('id')} WITH $id[i] AS id, $title[i] AS title, $source[i] AS source ` +
  `MERGE (a:${ARTICLE} {id: id}) ON CREATE SET a.kind = '${ARTICLE_LABEL}', a.title = title, a.source = source`;

/** Entities merge on id; aliases accumulate; title and iso keep the first value stored. */
export function mergeEntities(kind: EntityKind): string {
  return (
    `${unwindRows('id')} WITH $id[i] AS id, $name[i] AS name, $aliases[i] AS aliases, $title[i] AS title, $iso[i] AS iso ` +
    `MERGE (n:${quoteLabel(kind)} {id: id}) ` +
    `ON CREATE SET n.kind = '${kind}', n.name = name, n.aliases = aliases, n.title = title, n.iso = iso ` +
    `ON MATCH SET n.aliases = list_distinct(list_concat(n.aliases, aliases)), n.title = coalesce(n.title, title), n.iso = coalesce(n.iso, iso)`
  );
}

// MERGE on the endpoints (they exist: entities are merged first in the same transaction) because
// Kùzu plans `UNWIND ... MATCH (a {id: x})` as a cross product, while MERGE seeks the primary key.
export function createMentions(kind: EntityKind): string {
  return (
    `${unwindRows('article')} WITH $article[i] AS article, $entity[i] AS entity, $count[i] AS count ` +
    `MERGE (a:${ARTICLE} {id: article}) MERGE (n:${quoteLabel(kind)} {id: entity}) ` +
    `CREATE (a)-[:${quoteLabel(MENTIONS)} {relation: '${MENTIONS}', count: count}]->(n)`
  );
}

export function createRelations(relation: RelationType, sourceKind: EntityKind, targetKind: EntityKind): string {
  return (
    `${unwindRows('key')} WITH i, $source[i] AS source, $target[i] AS target ` +
    `MERGE (a:${quoteLabel(sourceKind)} {id: source}) MERGE (b:${quoteLabel(targetKind)} {id: target}) ` +
    `CREATE (a)-[:${quoteLabel(relation)} {key: $key[i], relation: '${relation}', cameo: $cameo[i], evidence: $evidence[i], ` +
    'start: $startAt[i], `end`: $endAt[i], article: $article[i], count: $count[i], object: $object[i], ' +
    'confidence: CAST($confidence[i] AS DOUBLE)}]->(b)'
  );
}

const CSV_OPTIONS = `header=false, delim=',', quote='"', escape='"'`;

/**
 * COPY of a staged CSV file into a table (with its node pair for a relationship table).
 * The file path is inlined because Kùzu binds no parameter there ("unsupported data type
 * ANY"); the store hands in only paths it created and checked (see SAFE_STAGING_PATH).
 */
export function copyFromCsv(table: string, path: string, multiline: boolean, pair?: { from: string; to: string }): string {
  if (!SAFE_STAGING_PATH.test(path)) throw new Error(`refusing to inline the staging path ${JSON.stringify(path)}`);
  const endpoints = pair ? `, from='${pair.from}', to='${pair.to}'` : '';
  return `COPY ${quoteLabel(table)} FROM '${path}' (${CSV_OPTIONS}, parallel=${multiline ? 'false' : 'true'}${endpoints})`;
}

/**
 * Paths that can sit inside a single-quoted Cypher string as they are, and that Kùzu's COPY,
 * which reads its path as a glob, matches only to themselves (no quote, backslash, control
 * character or glob character). Other folders load batch by batch instead.
 */
export const SAFE_STAGING_PATH = /^[^'\\*?[\]{}\u0000-\u001f\u007f]+$/u;

/** Kùzu reads an empty CSV field as NULL: puts back the empty strings a bulk load staged. */
export function restoreEmptyStrings(table: string, isRelationship: boolean, column: string): string {
  const property = quoteLabel(column);
  return isRelationship
    ? `MATCH ()-[e:${quoteLabel(table)}]->() WHERE e.${property} IS NULL SET e.${property} = ''`
    : `MATCH (n:${quoteLabel(table)}) WHERE n.${property} IS NULL SET n.${property} = ''`;
}

export const ALL_ARTICLE_IDS = `MATCH (a:${ARTICLE}) RETURN a.id AS id`;

export const STORED_ARTICLE_IDS = `MATCH (a:${ARTICLE}) WHERE a.id IN $ids RETURN a.id AS id`;

export function existingRelationKeys(relation: RelationType): string {
  return `MATCH ()-[e:${quoteLabel(relation)}]->() WHERE e.key IN $keys RETURN e.key AS key`;
}

export const EXISTING_MENTIONS = `MATCH (a:${ARTICLE})-[:${quoteLabel(MENTIONS)}]->(n) WHERE a.id IN $ids RETURN a.id AS article, n.id AS entity`;

export function entityIds(kind: EntityKind): string {
  return `MATCH (n:${quoteLabel(kind)}) RETURN n.id AS id`;
}

export function exportEntities(kind: EntityKind): string {
  return `MATCH (n:${quoteLabel(kind)}) RETURN n.id AS id, n.name AS name, n.aliases AS aliases, n.title AS title, n.iso AS iso`;
}

export const EXPORT_MENTIONS = `MATCH (a:${ARTICLE})-[m:${quoteLabel(MENTIONS)}]->(n) RETURN n.id AS entity, a.id AS article, m.count AS count`;

export function exportRelations(relation: RelationType): string {
  return (
    `MATCH (a)-[e:${quoteLabel(relation)}]->(b) RETURN a.id AS source, b.id AS target, e.key AS key, e.cameo AS cameo, ` +
    'e.evidence AS evidence, e.start AS start, e.`end` AS `end`, e.article AS article, e.count AS count, e.object AS object, e.confidence AS confidence'
  );
}

export const COUNT_ARTICLES = `MATCH (a:${ARTICLE}) RETURN count(*) AS n`;
export const COUNT_ENTITIES = `MATCH (n) WHERE n.kind IN [${ENTITY_KINDS.map((kind) => `'${kind}'`).join(', ')}] RETURN count(*) AS n`;
export const COUNT_RELATIONS = `MATCH ()-[e]->() WHERE e.relation <> '${MENTIONS}' RETURN count(*) AS n`;

// Folding one person node into another (see src/graph/personMerges.ts), in the write transaction
// of KuzuStore.mergePeople. Kùzu creates a relationship only between labelled endpoints, so the
// store first asks which relationship types and endpoint kinds the node has.
const PERSON = quoteLabel('Person');

export const PERSON_EDGES_OUT = `MATCH (p:${PERSON} {id: $from})-[r]->(x) RETURN DISTINCT label(r) AS type, label(x) AS kind`;
export const PERSON_EDGES_IN = `MATCH (x)-[r]->(p:${PERSON} {id: $from}) RETURN DISTINCT label(r) AS type, label(x) AS kind`;
export const BOTH_PEOPLE = `MATCH (p:${PERSON} {id: $from}), (q:${PERSON} {id: $into}) RETURN count(*) AS n`;

const RELATION_PROPERTIES = ['key', 'relation', 'cameo', 'evidence', 'start', 'end', 'article', 'count', 'object', 'confidence'] as const;
const copiedProperties = (properties: readonly string[]) => properties.map((name) => `${quoteLabel(name)}: r.${quoteLabel(name)}`).join(', ');

/** Moves the node's relationships of one type to or from one kind onto the other person (self-loops stay behind and go with the node). */
export function movePersonRelations(type: RelationType, kind: EntityKind, direction: 'out' | 'in'): string {
  const notSelf = kind === 'Person' ? ' WHERE x.id <> $from' : '';
  const match = direction === 'out' ? `(p:${PERSON} {id: $from})-[r:${quoteLabel(type)}]->(x:${quoteLabel(kind)})` : `(x:${quoteLabel(kind)})-[r:${quoteLabel(type)}]->(p:${PERSON} {id: $from})`;
  const create = direction === 'out' ? `(q)-[:${quoteLabel(type)} {${copiedProperties(RELATION_PROPERTIES)}}]->(x)` : `(x)-[:${quoteLabel(type)} {${copiedProperties(RELATION_PROPERTIES)}}]->(q)`;
  return `MATCH ${match}${notSelf} MATCH (q:${PERSON} {id: $into}) CREATE ${create}`;
}

export const MOVE_PERSON_MENTIONS =
  `MATCH (a:${ARTICLE})-[r:${quoteLabel(MENTIONS)}]->(p:${PERSON} {id: $from}) MATCH (q:${PERSON} {id: $into}) ` +
  `CREATE (a)-[:${quoteLabel(MENTIONS)} {${copiedProperties(['relation', 'count'])}}]->(q)`;

/** The other person keeps its name; it gains the aliases, and the title where it had none. */
export const FOLD_PERSON_NAMES =
  `MATCH (p:${PERSON} {id: $from}), (q:${PERSON} {id: $into}) ` +
  `SET q.aliases = list_distinct(list_concat(q.aliases, p.aliases)), q.title = CASE WHEN q.title IS NULL OR q.title = '' THEN p.title ELSE q.title END`;

export const DELETE_PERSON = `MATCH (p:${PERSON} {id: $from}) DETACH DELETE p`;
