// One article validated and formatted as the CSV rows Kùzu's bulk path stages. Pure, so it runs
// where the article was extracted (a worker thread): the main thread then only appends text,
// and what crosses threads is a few strings instead of the article's whole graph.
import { ARTICLE_LABEL, MENTIONS, type EntityKind, type RelationType } from '../../ontology.ts';
import type { ArticleGraph } from '../types.ts';
import { buildWritePlan, type ArticleRow, type EntityRow } from '../writePlan.ts';
import { type CsvChunk, type CsvValue, csvRecords, formatCsv, joinChunks, leadingStrings } from './csvFormat.ts';

// Field order = property order of the tables in ddl.ts (COPY maps fields by position; a
// relationship file starts with its two endpoint ids).
export const ARTICLE_COLUMNS = ['id', 'kind', 'title', 'source'] as const;
export const ENTITY_COLUMNS = ['id', 'kind', 'name', 'aliases', 'title', 'iso'] as const;
export const MENTION_COLUMNS = ['from', 'to', 'relation', 'count'] as const;
export const RELATION_COLUMNS = ['from', 'to', 'key', 'relation', 'cameo', 'evidence', 'start', 'end', 'article', 'count', 'object', 'confidence'] as const;

/**
 * Kùzu reads a list in a CSV field as "[a,b]" with no way to escape a separator, a bracket or a
 * quote, and trims the items: aliases that hold none of those, nor surrounding space, survive it.
 */
const LIST_SAFE = /^[^\s,[\]{}"'\\](?:[^\n\r\t,[\]{}"'\\]*[^\s,[\]{}"'\\])?$/u;

/** The entity as a CSV row for COPY, or undefined when an alias cannot be written as a CSV list. */
export function entityCsvRow(row: EntityRow): CsvValue[] | undefined {
  for (const alias of row.aliases) if (!LIST_SAFE.test(alias)) return undefined;
  return [row.id, row.kind, row.name, `[${row.aliases.join(',')}]`, row.title, row.iso];
}

/** The relationship table and node pair a group of rows is copied into. */
export interface RowTarget {
  relation: RelationType | typeof MENTIONS;
  sourceKind: EntityKind | typeof ARTICLE_LABEL;
  targetKind: EntityKind;
}

export interface RowGroup extends RowTarget {
  chunk: CsvChunk;
}

export interface KuzuBulkArticle {
  format: 'kuzu-csv';
  article: ArticleRow;
  articleRow: CsvChunk;
  /** Entities as this article sees them (its kinds; a load may already know an id as another kind). */
  entities: EntityRow[];
  groups: RowGroup[];
  relationCount: number;
}

/** The staging file a target's rows go to. */
export function targetName(target: RowTarget): string {
  return `${target.relation}|${target.sourceKind}|${target.targetKind}`;
}

export function columnsOf(relation: RowTarget['relation']): readonly string[] {
  return relation === MENTIONS ? MENTION_COLUMNS : RELATION_COLUMNS;
}

/**
 * The items of `target` in `groups`, added in first-seen order. A linear search: an article has
 * a handful of groups, and comparing the (interned) names costs less than a key string per row.
 */
function itemsFor<T>(groups: { target: RowTarget; items: T[] }[], relation: RowTarget['relation'], sourceKind: RowTarget['sourceKind'], targetKind: EntityKind): T[] {
  for (const { target, items } of groups) if (target.relation === relation && target.sourceKind === sourceKind && target.targetKind === targetKind) return items;
  const items: T[] = [];
  groups.push({ target: { relation, sourceKind, targetKind }, items });
  return items;
}

/** Validates one article (a bad one throws StoreError) and formats its rows. */
export function prepareKuzuBulkArticle(graph: ArticleGraph): KuzuBulkArticle {
  const plan = buildWritePlan([graph]);
  const article = plan.articles[0]!;
  const grouped: { target: RowTarget; items: CsvValue[][] }[] = [];
  for (const m of plan.mentions) itemsFor(grouped, MENTIONS, ARTICLE_LABEL, m.kind).push([m.article, m.entity, MENTIONS, m.count]);
  for (const r of plan.relations) {
    itemsFor(grouped, r.relation, r.sourceKind, r.targetKind).push([
      r.source, r.target, r.key, r.relation, r.cameo, r.evidence, r.start, r.end, r.article, r.count, r.object, r.confidence,
    ]);
  }
  return {
    format: 'kuzu-csv',
    article,
    articleRow: formatCsv(ARTICLE_COLUMNS, [[article.id, ARTICLE_LABEL, article.title, article.source]]),
    entities: plan.entities,
    groups: grouped.map(({ target, items }) => ({ ...target, chunk: formatCsv(columnsOf(target.relation), items) })),
    relationCount: plan.relations.length,
  };
}

/**
 * The article's rows under the kinds `kindOf` gives their entities: a load that first staged an
 * id as another kind keeps that kind, and the rows touching it move to that node pair's file.
 */
export function regroupRows(prepared: KuzuBulkArticle, kindOf: (id: string) => EntityKind): RowGroup[] {
  const moved: { target: RowTarget; items: CsvChunk[] }[] = [];
  for (const group of prepared.groups) {
    for (const record of csvRecords(group.chunk.text)) {
      const [from, to] = leadingStrings(record, 2) as [string, string];
      const sourceKind = group.relation === MENTIONS ? ARTICLE_LABEL : kindOf(from);
      // The flags of the group the record came from: at worst one more COPY runs unsplit or restores one more column.
      itemsFor(moved, group.relation, sourceKind, kindOf(to)).push({ ...group.chunk, text: record, rows: 1 });
    }
  }
  return moved.map(({ target, items }) => ({ ...target, chunk: joinChunks(items) }));
}
