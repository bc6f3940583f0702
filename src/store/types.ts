// One interface for every store: the embedded Kùzu default and Neo4j.
import type { NewsGraph, SerializedNewsGraph } from '../graph/model.ts';
import type { PersonMerge } from '../graph/personMerges.ts';
import type { KuzuBulkArticle } from './kuzu/bulkRows.ts';

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

/** The forms a bulk load takes prepared articles in (see prepareBulk.ts). */
export type BulkRowFormat = KuzuBulkArticle['format'];
export type PreparedBulkArticle = KuzuBulkArticle;

/**
 * A load into a store that holds nothing yet, written in one go at the end (Kùzu's COPY path,
 * several times faster than row-by-row inserts). Staged rows wait on disk, not in memory.
 */
export interface BulkLoad {
  /**
   * The form stagePrepared takes articles in, made by prepareBulkArticle where each article is
   * extracted (a worker thread), so that the main thread only appends what they bring.
   */
  readonly rowFormat: BulkRowFormat;
  /** Which of these article ids are already staged (the same text twice is staged once). */
  stagedArticleIds(ids: readonly string[]): Set<string>;
  /** Validates a batch and stages its rows: a bad article throws and nothing of the batch is staged. */
  stage(batch: readonly ArticleGraph[]): Promise<WriteResult>;
  /** Stages articles already validated and formatted by prepareBulkArticle(rowFormat, ...). */
  stagePrepared(batch: readonly PreparedBulkArticle[]): Promise<WriteResult>;
  /** Writes everything staged in one transaction, all or nothing, and removes the staged files. */
  commit(): Promise<WriteResult>;
  /** Removes the staged files; nothing reaches the store. Idempotent. */
  discard(): Promise<void>;
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
  /**
   * Starts a bulk load when the store can do one and holds no data yet; undefined otherwise (the
   * caller then writes batch by batch with writeArticles).
   */
  beginBulkLoad?(): Promise<BulkLoad | undefined>;
  /**
   * Folds each merge's `from` person into its `into` person, in order and in one transaction:
   * relationships and mentions move, aliases join, the `from` node goes. Returns the merges made.
   */
  mergePeople(merges: readonly PersonMerge[]): Promise<number>;
  /** Which of these article ids are already stored (lets an interrupted load resume). */
  storedArticleIds(ids: readonly string[]): Promise<Set<string>>;
  query(cypher: string, params?: Record<string, unknown>, options?: QueryOptions): Promise<Row[]>;
  /** The whole stored graph (entities and their relationships; articles as node attributes). */
  exportGraph(): Promise<NewsGraph>;
  counts(): Promise<{ articles: number; nodes: number; edges: number }>;
  close(): Promise<void>;
}
