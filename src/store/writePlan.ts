// Turns a batch of extracted articles into the flat, validated rows both stores write, so the
// Kùzu and Neo4j stores agree on identity (entity id, edge key) and on merge rules.
import { StoreError } from '../errors.ts';
import { edgeId } from '../graph/ids.ts';
import type { EdgeAttributes, NodeAttributes } from '../graph/model.ts';
import { isEntityKind, isRelationType, type EntityKind, type RelationType } from '../ontology.ts';
import type { ArticleGraph } from './types.ts';

export interface ArticleRow {
  id: string;
  title: string;
  source: string;
}

export interface EntityRow {
  id: string;
  kind: EntityKind;
  name: string;
  /** Never empty: the canonical name is always one of them. */
  aliases: string[];
  title: string | null;
  iso: string | null;
}

export interface MentionRow {
  article: string;
  entity: string;
  kind: EntityKind;
  /** How many mentions the extractor resolved to the entity in this article (at least 1). */
  count: number;
}

export interface RelationRow {
  key: string;
  relation: RelationType;
  source: string;
  sourceKind: EntityKind;
  target: string;
  targetKind: EntityKind;
  cameo: string | null;
  evidence: string;
  start: number;
  end: number;
  article: string;
  count: number | null;
  object: string | null;
  confidence: number;
}

export interface WritePlan {
  articles: ArticleRow[];
  /** One row per entity id (merged across the batch). */
  entities: EntityRow[];
  mentions: MentionRow[];
  /** One row per edge key (a key seen twice in the batch is written once). */
  relations: RelationRow[];
}

/**
 * An entity keeps the kind it was first stored with; `storedKind` tells the kind of ids the
 * store already holds, so a later article calling the same id a different kind joins that node.
 */
export type StoredKindLookup = (id: string) => EntityKind | undefined;

function fail(article: string, message: string): never {
  throw new StoreError('STORE_WRITE', `article ${article}: ${message}; nothing from this batch was written`);
}

function optionalString(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function requireInteger(article: string, what: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) fail(article, `${what} must be an integer, got ${JSON.stringify(value)}`);
  return value;
}

function optionalInteger(article: string, what: string, value: unknown): number | null {
  return value === undefined || value === null ? null : requireInteger(article, what, value);
}

/** Folds a later sighting of an entity into the row kept for it: aliases accumulate, the first title and iso stay. */
export function mergeEntity(into: EntityRow, from: EntityRow): void {
  for (const alias of from.aliases) if (!into.aliases.includes(alias)) into.aliases.push(alias);
  into.title ??= from.title;
  into.iso ??= from.iso;
}

export function buildWritePlan(batch: readonly ArticleGraph[], storedKind: StoredKindLookup = () => undefined): WritePlan {
  const articles = new Map<string, ArticleRow>();
  const entities = new Map<string, EntityRow>();
  const mentions = new Map<string, MentionRow>();
  const relations = new Map<string, RelationRow>();

  for (const { article, graph } of batch) {
    if (typeof article?.id !== 'string' || article.id === '') throw new StoreError('STORE_WRITE', 'an article in the batch has no id; nothing from this batch was written');
    if (articles.has(article.id)) continue;
    articles.set(article.id, { id: article.id, title: article.title ?? '', source: article.source ?? '' });

    const kindOf = new Map<string, EntityKind>();
    for (const node of graph.nodes ?? []) {
      const attributes = (node.attributes ?? {}) as Partial<NodeAttributes>;
      if (!isEntityKind(attributes.kind)) fail(article.id, `node ${node.key} has unknown kind ${JSON.stringify(attributes.kind)}`);
      const name = typeof attributes.name === 'string' && attributes.name !== '' ? attributes.name : node.key;
      const existing = entities.get(node.key);
      const kind = existing?.kind ?? storedKind(node.key) ?? attributes.kind;
      kindOf.set(node.key, kind);
      const row: EntityRow = {
        id: node.key,
        kind,
        name,
        aliases: [...new Set([name, ...(attributes.aliases ?? []).filter((alias) => typeof alias === 'string' && alias !== '')])],
        title: optionalString(attributes.title),
        iso: optionalString(attributes.iso),
      };
      if (existing) mergeEntity(existing, row);
      else entities.set(node.key, row);
      const mentionKey = `${article.id}\u0000${node.key}`;
      if (!mentions.has(mentionKey)) {
        const count = attributes.mentions;
        mentions.set(mentionKey, { article: article.id, entity: node.key, kind, count: typeof count === 'number' && Number.isSafeInteger(count) && count > 0 ? count : 1 });
      }
    }

    for (const edge of graph.edges ?? []) {
      const attributes = (edge.attributes ?? {}) as Partial<EdgeAttributes>;
      const sourceKind = kindOf.get(edge.source);
      const targetKind = kindOf.get(edge.target);
      if (!sourceKind || !targetKind) fail(article.id, `edge ${edge.key ?? ''} joins a node the graph does not hold`);
      if (!isRelationType(attributes.relation)) fail(article.id, `edge ${edge.key ?? ''} has unknown relation ${JSON.stringify(attributes.relation)}`);
      const start = requireInteger(article.id, 'edge start', attributes.start);
      const key = edge.key ?? edgeId(article.id, edge.source, attributes.relation, edge.target, start);
      if (relations.has(key)) continue;
      const confidence = attributes.confidence ?? 1;
      if (typeof confidence !== 'number' || !Number.isFinite(confidence)) fail(article.id, `edge ${key} has a confidence that is not a number`);
      relations.set(key, {
        key,
        relation: attributes.relation,
        source: edge.source,
        sourceKind,
        target: edge.target,
        targetKind,
        cameo: optionalString(attributes.cameo),
        evidence: typeof attributes.evidence === 'string' ? attributes.evidence : '',
        start,
        end: requireInteger(article.id, 'edge end', attributes.end),
        // The edge belongs to the article it was extracted from, whatever its attribute says.
        article: article.id,
        count: optionalInteger(article.id, 'edge count', attributes.count),
        object: optionalString(attributes.object),
        confidence,
      });
    }
  }

  return { articles: [...articles.values()], entities: [...entities.values()], mentions: [...mentions.values()], relations: [...relations.values()] };
}

/** Splits rows into groups sharing a key, keeping first-seen order (one statement per group). */
export function groupBy<T, K extends string>(rows: readonly T[], keyOf: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}
