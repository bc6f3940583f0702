// The corpus loader: extracts inputs on worker threads and writes them to a store in batches as
// it goes. Memory holds one batch plus a bounded window of extractions, whatever the corpus size.
import { availableParallelism } from 'node:os';
import { firstLine, NewsgraphError } from '../errors.ts';
import type { BulkLoad, BulkRowFormat, Store } from '../store/types.ts';
import type { Discovery } from './discoverInputs.ts';
import { extractInOrder, type ExtractPoolOptions } from './extractPool.ts';
import { type BatchTarget, bulkTarget, type ExtractedArticle, storeTarget, writeBatch } from './loadBatch.ts';
import { collectGarbageBetweenBatches } from './loadHeap.ts';
import { resolvePeopleAcrossArticles } from './resolvePeople.ts';
import type { ExtractOutcome, LoadProgress, LoadReport, LoadSource, SkippedInput } from './loadTypes.ts';

/**
 * Articles per store transaction. Kùzu pays a fixed cost per statement (each scans the node
 * tables it merges on), so bigger batches write faster: on the 10k-article bench the store
 * alone took 10.5-13.8 s of CPU at 200, 7.8-9.4 s at 500, 6.1-7.4 s at 1000. A bigger batch also
 * holds more in memory (+70 MB peak at 1000 against 500); 500 keeps the bench near 900 MB.
 */
export const DEFAULT_BATCH_SIZE = 500;

/**
 * Extraction workers when none is asked for: one per core, at most 8. A bulk load (the usual
 * first load, into an empty Kùzu database) leaves the main thread idle while extracting: on the
 * 2-core bench 2 workers loaded 10,000 articles in ~9 s against ~10.7 s with 1. Batch-by-batch
 * writes keep the main thread busy instead, and there a second worker gains little.
 */
export function defaultWorkerCount(cores = availableParallelism()): number {
  return Math.max(1, Math.min(cores, 8));
}

export interface LoadOptions {
  /** Extraction worker threads; 0 extracts on the calling thread. */
  workers: number;
  /** Articles per store transaction. */
  batchSize: number;
  /** When it fires, the run stops after the batch being written; nothing half written. */
  signal?: AbortSignal;
  onProgress?: (progress: LoadProgress) => void;
  /**
   * Use the store's bulk path when it offers one (Kùzu into an empty database: batches are staged
   * on disk and written in one transaction at the end). Default true.
   */
  bulk?: boolean;
  /** Called when the run takes the bulk path (before the first batch is staged). */
  onBulkStart?: () => void;
  /** Called when a bulk load starts writing what it staged (it may take a while). */
  onBulkWrite?: (articles: number) => void;
  /** Called when the run starts merging people across articles (after the last write). */
  onResolvePeople?: () => void;
  /** Worker entry module override, for tests. */
  workerUrl?: URL;
  /**
   * The bulk row format the store will ask for, when the caller knows it before the store is
   * open (see bulkRowFormatAhead): extraction then starts while the store opens. A wrong guess
   * costs only time: the extraction starts again in the format the store asks for.
   */
  expectedRowFormat?: BulkRowFormat;
}

/** Extraction started ahead of the store: the first outcome is already asked for. */
interface EarlyExtraction {
  prepare: BulkRowFormat;
  outcomes: AsyncGenerator<ExtractOutcome>;
  /** Ends the workers when the outcomes are not going to be read (idempotent). */
  stop: () => Promise<void>;
}

function startEarly(sources: readonly LoadSource[], options: ExtractPoolOptions & { prepare: BulkRowFormat }): EarlyExtraction {
  const pool = extractInOrder(sources, options);
  const first = pool.next();
  // Awaited below, or dropped with the pool when the store asks for another format.
  first.catch(() => {});
  async function* outcomes(): AsyncGenerator<ExtractOutcome> {
    try {
      for (let next = await first; !next.done; next = await pool.next()) yield next.value;
    } finally {
      await pool.return(undefined);
    }
  }
  return {
    prepare: options.prepare,
    outcomes: outcomes(),
    stop: async () => {
      await pool.return(undefined);
    },
  };
}

/** A run that had to stop (store down, workers unable to start); carries what was done before. */
export class LoadFailedError extends NewsgraphError {
  readonly report: LoadReport;

  constructor(cause: unknown, report: LoadReport) {
    const known = cause instanceof NewsgraphError ? cause : undefined;
    const message = firstLine(cause);
    super(known?.code ?? 'STORE_WRITE', message, { cause, exitCode: known?.exitCode ?? 1 });
    this.report = report;
  }
}

/** Peak resident set size of this process in MB: worker threads share the process, so it covers them. */
export function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/** The report of a run that has not written anything (yet). */
export function emptyReport(skipped: readonly SkippedInput[] = []): LoadReport {
  return {
    loaded: 0,
    alreadyStored: 0,
    skipped: [...skipped],
    nodes: 0,
    edges: 0,
    extractedNodes: 0,
    extractedEdges: 0,
    bytes: 0,
    inputs: 0,
    seconds: 0,
    bulk: false,
    peopleMerged: 0,
    interrupted: false,
    peakRssMb: peakRssMb(),
  };
}

/** Loads `discovery` into `store`; given a store still opening, waits for it (see expectedRowFormat). */
export async function loadCorpus(discovery: Discovery, opening: Store | Promise<Store>, options: LoadOptions): Promise<LoadReport> {
  const started = performance.now();
  const { sources } = discovery;
  const report: LoadReport = { ...emptyReport(discovery.skipped), inputs: sources.length };
  let done = 0;
  // Set when a stop request cut the run short (not when it came while the last batch was written).
  let stoppedEarly = false;
  const batchSize = Math.max(1, Math.floor(options.batchSize));
  const signal = options.signal;
  const progress = (): void =>
    options.onProgress?.({
      done,
      total: sources.length,
      loaded: report.loaded,
      skipped: report.skipped.length,
      bytes: report.bytes,
      seconds: (performance.now() - started) / 1000,
    });
  const finish = (): LoadReport => {
    report.interrupted = stoppedEarly;
    report.seconds = (performance.now() - started) / 1000;
    report.peakRssMb = peakRssMb();
    return report;
  };

  // The window lets the workers extract the next batch while the store writes this one.
  const window = batchSize + Math.max(1, options.workers) * 4;
  const pool = { workers: options.workers, window, workerUrl: options.workerUrl };
  const expected = options.bulk === false || signal?.aborted ? undefined : options.expectedRowFormat;
  let early = expected && sources.length > 0 ? startEarly(sources, { ...pool, prepare: expected }) : undefined;
  let store: Store;
  try {
    store = await opening;
  } catch (error) {
    // The store could not open: nothing was written; end the early workers and say why.
    await early?.stop();
    throw error;
  }

  let bulk: BulkLoad | undefined;
  let target: BatchTarget = storeTarget(store);
  const flush = async (batch: ExtractedArticle[]): Promise<void> => {
    const result = await writeBatch(target, batch);
    report.loaded += result.loaded;
    report.alreadyStored += result.alreadyStored;
    report.skipped.push(...result.skipped);
    report.nodes += result.nodes;
    report.edges += result.edges;
    report.extractedNodes += result.extractedNodes;
    report.extractedEdges += result.extractedEdges;
    progress();
  };

  try {
    if (signal?.aborted) {
      stoppedEarly = sources.length > 0;
      await early?.stop();
      return finish();
    }
    bulk = options.bulk === false ? undefined : await store.beginBulkLoad?.();
    if (bulk) {
      report.bulk = true;
      options.onBulkStart?.();
      target = bulkTarget(bulk);
    }
    let batch: ExtractedArticle[] = [];
    // A bulk load's rows are formatted where each article is extracted: the main thread only appends them.
    const prepare = bulk?.rowFormat;
    if (early && early.prepare !== prepare) {
      await early.stop();
      early = undefined;
    }
    for await (const outcome of early?.outcomes ?? extractInOrder(sources, { ...pool, prepare })) {
      // A stop request drops the batch being gathered: it was never written, the next run redoes it.
      if (signal?.aborted) {
        stoppedEarly = true;
        break;
      }
      done++;
      report.bytes += outcome.bytes;
      if (!outcome.ok) {
        report.skipped.push({ input: outcome.input, reason: outcome.reason });
        progress();
        continue;
      }
      batch.push(outcome);
      if (batch.length >= batchSize) {
        await flush(batch);
        batch = [];
        collectGarbageBetweenBatches();
        if (signal?.aborted) {
          stoppedEarly = done < sources.length;
          break;
        }
      } else {
        progress();
      }
    }
    if (!stoppedEarly && batch.length > 0) await flush(batch);
    if (bulk && report.loaded > 0) {
      options.onBulkWrite?.(report.loaded);
      await bulk.commit();
    } else {
      await bulk?.discard();
    }
    // Also when this run loaded nothing new: it finishes the job of a run stopped before this step.
    if (!stoppedEarly) {
      options.onResolvePeople?.();
      report.peopleMerged = await resolvePeopleAcrossArticles(store);
    }
  } catch (error) {
    // Workers started ahead end with the run (the loop ends its own pool).
    await early?.stop();
    if (bulk) {
      await bulk.discard();
      // Staged articles never reached the store.
      Object.assign(report, { loaded: 0, nodes: 0, edges: 0, extractedNodes: 0, extractedEdges: 0 });
    }
    throw new LoadFailedError(error, finish());
  }
  return finish();
}
