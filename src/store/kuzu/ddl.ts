// Kùzu's schema, generated from the ontology: one node table per entity kind plus Article, one
// relationship table per relation type (multi-pair: every entity kind to every entity kind),
// and MENTIONS from Article to every entity kind.
import { ARTICLE_LABEL, ENTITY_KINDS, MENTIONS, RELATION_TYPES } from '../../ontology.ts';

/** Backticks every label: `Group` is a Kùzu keyword, and quoting all of them costs nothing. */
export function quoteLabel(label: string): string {
  return `\`${label}\``;
}

const ENTITY_COLUMNS = 'id STRING, kind STRING, name STRING, aliases STRING[], title STRING, iso STRING, PRIMARY KEY(id)';
const ARTICLE_COLUMNS = 'id STRING, kind STRING, title STRING, source STRING, PRIMARY KEY(id)';
export const RELATION_COLUMNS =
  'key STRING, relation STRING, cameo STRING, evidence STRING, start INT64, `end` INT64, article STRING, count INT64, object STRING, confidence DOUBLE';
const MENTION_COLUMNS = 'relation STRING, count INT64';

export function kuzuSchemaStatements(): string[] {
  const statements: string[] = [];
  for (const kind of ENTITY_KINDS) statements.push(`CREATE NODE TABLE IF NOT EXISTS ${quoteLabel(kind)}(${ENTITY_COLUMNS})`);
  statements.push(`CREATE NODE TABLE IF NOT EXISTS ${quoteLabel(ARTICLE_LABEL)}(${ARTICLE_COLUMNS})`);
  const pairs = ENTITY_KINDS.flatMap((from) => ENTITY_KINDS.map((to) => `FROM ${quoteLabel(from)} TO ${quoteLabel(to)}`)).join(', ');
  for (const relation of RELATION_TYPES) statements.push(`CREATE REL TABLE IF NOT EXISTS ${quoteLabel(relation)}(${pairs}, ${RELATION_COLUMNS})`);
  const mentionPairs = ENTITY_KINDS.map((kind) => `FROM ${quoteLabel(ARTICLE_LABEL)} TO ${quoteLabel(kind)}`).join(', ');
  statements.push(`CREATE REL TABLE IF NOT EXISTS ${quoteLabel(MENTIONS)}(${mentionPairs}, ${MENTION_COLUMNS})`);
  return statements;
}
