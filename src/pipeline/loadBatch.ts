// Writes one batch of extracted articles: all of it in one transaction, or, when the store
// refuses the batch, article by article so that only the bad article is left out.
import { firstLine, NewsgraphError, StoreError } from '../errors.ts';
import type { ArticleGraph, BulkLoad, Store, WriteResult } from '../store/types.ts';
import type { ExtractOutcome, LoadReport } from './loadTypes.ts';

export type ExtractedArticle = Extract<ExtractOutcome, { ok: true }>;

/** What one batch adds to the run's report. */
export type BatchResult = Pick<LoadReport, 'loaded' | 'alreadyStored' | 'skipped' | 'nodes' | 'edges' | 'extractedNodes' | 'extractedEdges'>;

/** A store that cannot be reached will refuse every article: stop instead of skipping them all. */
function isStoreDown(error: unknown): boolean {
  return error instanceof NewsgraphError && error.code === 'STORE_CONNECTION';
}

/** Where a batch goes: the store itself, or a bulk load staging for it. */
export interface BatchTarget {
  storedArticleIds(ids: readonly string[]): Promise<Set<string>>;
  /** Writes the items in one transaction (or stages them), all or nothing. */
  write(items: readonly ExtractedArticle[]): Promise<WriteResult>;
}

function graphOf(item: ExtractedArticle): ArticleGraph {
  if (!item.article) throw new Error(`${item.input} was prepared for a bulk load, not for writing to the store`);
  return item.article;
}

export function storeTarget(store: Pick<Store, 'storedArticleIds' | 'writeArticles'>): BatchTarget {
  return { storedArticleIds: (ids) => store.storedArticleIds(ids), write: (items) => store.writeArticles(items.map(graphOf)) };
}

/** Stages into a bulk load: articles the workers prepared as they are, any others prepared here. */
export function bulkTarget(bulk: BulkLoad): BatchTarget {
  return {
    storedArticleIds: async (ids) => bulk.stagedArticleIds(ids),
    write: (items) => (items.every((item) => item.prepared) ? bulk.stagePrepared(items.map((item) => item.prepared!)) : bulk.stage(items.map(graphOf))),
  };
}

export async function writeBatch(store: BatchTarget, items: readonly ExtractedArticle[]): Promise<BatchResult> {
  const result: BatchResult = { loaded: 0, alreadyStored: 0, skipped: [], nodes: 0, edges: 0, extractedNodes: 0, extractedEdges: 0 };
  // The same text twice (in this batch, or stored by an earlier batch or run) is written once.
  const unique = new Map<string, ExtractedArticle>();
  for (const item of items) if (!unique.has(item.id)) unique.set(item.id, item);
  const stored = await store.storedArticleIds([...unique.keys()]);
  const fresh = [...unique.values()].filter((item) => !stored.has(item.id));
  result.alreadyStored = items.length - fresh.length;
  if (fresh.length === 0) return result;

  const count = (written: readonly ExtractedArticle[], nodes: number, edges: number): void => {
    result.loaded += written.length;
    result.nodes += nodes;
    result.edges += edges;
    for (const item of written) {
      result.extractedNodes += item.nodes;
      result.extractedEdges += item.edges;
    }
  };

  try {
    const written = await store.write(fresh);
    count(fresh, written.nodes, written.edges);
    return result;
  } catch (error) {
    if (isStoreDown(error)) throw error;
    if (fresh.length === 1) {
      result.skipped.push({ input: fresh[0]!.input, reason: `${fresh[0]!.input}: the store refused it (${firstLine(error)})` });
      return result;
    }
  }

  // The batch transaction rolled back as a whole; find the bad article(s) one transaction each.
  let lastError: unknown;
  for (const item of fresh) {
    try {
      const written = await store.write([item]);
      count([item], written.nodes, written.edges);
    } catch (error) {
      if (isStoreDown(error)) throw error;
      lastError = error;
      result.skipped.push({ input: item.input, reason: `${item.input}: the store refused it (${firstLine(error)})` });
    }
  }
  if (result.loaded === 0) {
    // Every article of a batch failing alone points at the store, not at the articles.
    throw new StoreError('STORE_WRITE', `the store refused every article of a batch of ${fresh.length}, stopping: ${firstLine(lastError)}`);
  }
  return result;
}
