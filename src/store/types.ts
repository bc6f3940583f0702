// One interface for every store: the embedded Kùzu default and Neo4j.
import type { NewsGraph, SerializedNewsGraph } from '../graph/model.ts';

/** One extracted article as it travels to a store (plain data, so it can cross worker threads). */
export interface ArticleGraph {
  article: { id: string; title: string; source: string };
  graph: SerializedNewsGraph;
}

export interface WriteResult {
  articles: number;
  /** Entity nodes and relationships written by this call (merged ones included). */
  nodes: number;
  edges: number;
}

export interface QueryOptions {
  /** Without it the statement runs read-only and a write is refused with STORE_QUERY/QUERY_NOT_READ_ONLY. */
  write?: boolean;
}

export type Row = Record<string, unknown>;

export interface Store {
  readonly kind: 'kuzu' | 'neo4j';
  /** Human-readable location: database folder or URI. */
  readonly location: string;
  /** Creates tables / constraints if missing. Idempotent. */
  init(): Promise<void>;
  /**
   * Writes whole articles in one transaction: all of the batch or none of it. Entities merge on
   * their id across articles; relationships merge on their deterministic edge key, so writing
   * the same article again changes nothing.
   */
  writeArticles(batch: readonly ArticleGraph[]): Promise<WriteResult>;
  /** Which of these article ids are already stored (lets an interrupted load resume). */
  storedArticleIds(ids: readonly string[]): Promise<Set<string>>;
  query(cypher: string, params?: Record<string, unknown>, options?: QueryOptions): Promise<Row[]>;
  /** The whole stored graph (entities and their relationships; articles as node attributes). */
  exportGraph(): Promise<NewsGraph>;
  counts(): Promise<{ articles: number; nodes: number; edges: number }>;
  close(): Promise<void>;
}
