// Types shared by the corpus loader's parts: discovery, extraction workers, batching, report.
import type { ArticleGraph, PreparedBulkArticle } from '../store/types.ts';

/**
 * One input the loader will read: a file found on disk (its size is learnt when it is read; not
 * stat-ing 10,000 files up front saves ~0.15 s of start-up), or the text read from stdin.
 */
export type LoadSource = { kind: 'file'; path: string } | { kind: 'text'; label: string; text: string; bytes: number };

/** How reports name an input: its path, or "stdin". */
export function sourceLabel(source: LoadSource): string {
  return source.kind === 'file' ? source.path : source.label;
}

/** An input that was not loaded, and why. */
export interface SkippedInput {
  /** File path, "stdin", or the article's source when the store refused it. */
  input: string;
  reason: string;
}

interface Extracted {
  ok: true;
  input: string;
  /** Bytes read from the input. */
  bytes: number;
  /** The article's id (the store's key for it). */
  id: string;
  /** Entity nodes and relation edges the extractor produced. */
  nodes: number;
  edges: number;
}

/**
 * What extracting one source produced: the article's graph, or the same prepared for a store's
 * bulk load (see prepareBulk.ts), or the reason it was skipped.
 */
export type ExtractOutcome =
  | (Extracted & { article: ArticleGraph; prepared?: undefined })
  | (Extracted & { prepared: PreparedBulkArticle; article?: undefined })
  | { ok: false; input: string; bytes: number; reason: string };

export interface LoadReport {
  /** Articles this run wrote to the store. */
  loaded: number;
  /** Articles whose id was already stored (an earlier run, or the same text twice). */
  alreadyStored: number;
  skipped: SkippedInput[];
  /** Entity nodes and relationships the store reports written (MENTIONS included if the store writes them). */
  nodes: number;
  edges: number;
  /** What the extractor produced for the loaded articles: entity nodes and relation edges, MENTIONS excluded. */
  extractedNodes: number;
  extractedEdges: number;
  /** Input bytes read (loaded, already stored and skipped alike). */
  bytes: number;
  /** Inputs found (files plus stdin). */
  inputs: number;
  seconds: number;
  /** True when the run took the store's bulk path (staged, then written in one transaction). */
  bulk: boolean;
  /**
   * People folded into another person node after the writes: a short name in one article
   * ("President Putin") and the full name in another (see src/graph/personMerges.ts).
   */
  peopleMerged: number;
  /** True when a stop was requested (Ctrl-C): the run ended after the batch being written. */
  interrupted: boolean;
  /** Peak resident set size of the whole process (worker threads included), in MB. */
  peakRssMb: number;
}

/** Progress as the loader reports it after each extracted or written article. */
export interface LoadProgress {
  /** Inputs handled so far (loaded, already stored or skipped). */
  done: number;
  total: number;
  loaded: number;
  skipped: number;
  /** Bytes read so far. */
  bytes: number;
  seconds: number;
}
