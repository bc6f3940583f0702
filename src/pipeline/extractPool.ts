// Extracts loader inputs on worker threads and hands the outcomes back in input order, with a
// bounded number in flight so memory does not grow with the corpus.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { firstLine } from '../errors.ts';
import type { BulkRowFormat } from '../store/types.ts';
import { extractWorkerScript, startBundledWorker, WORKER_LIMITS } from './extractPoolBundle.ts';
import type { WorkerReply, WorkerRequest } from './extractPoolMessages.ts';
import { endSpares, takeSpare } from './spareWorkers.ts';
import { type ExtractOutcome, type LoadSource, sourceLabel } from './loadTypes.ts';

export interface ExtractPoolOptions {
  /** Worker threads; 0 extracts on the calling thread (no parallelism, no thread start-up). */
  workers: number;
  /** Most inputs dispatched but not yet handed back (default: 4 per worker, at least 8). */
  window?: number;
  /** Worker entry module; a test can substitute its own. Default: the bundled extractor. */
  workerUrl?: URL;
  /** Test seam: the script workers start from instead of the bundled extractor. */
  workerScript?: string;
  /** Prepare each article for a bulk load in this row format, where it is extracted. */
  prepare?: BulkRowFormat;
}

const DEFAULT_WORKER_URL = new URL('./extractWorker.js', import.meta.url);
/**
 * Inputs queued on one worker at once, so it never idles waiting for the next message. Deep
 * because the main thread stages a whole batch synchronously (~15 ms for 500 articles) and sends
 * nothing meanwhile: with 2 queued, each bench worker sat idle ~0.65 s of 5.2 s; with 16, ~0.2 s.
 */
const PER_WORKER = 16;

/** Extracts on the calling thread; yields to the event loop now and then so signals get through. */
async function* extractInThread(sources: readonly LoadSource[], prepare: BulkRowFormat | undefined): AsyncGenerator<ExtractOutcome> {
  // Imported here: with workers, the main thread never loads the extractor (~0.1 s of start-up).
  const { extractSource } = await import('./extractSource.ts');
  for (let i = 0; i < sources.length; i++) {
    if (i % 16 === 15) await nextTurn();
    yield extractSource(sources[i]!, prepare);
  }
}

interface PoolWorker {
  thread: Worker;
  /** Started from the bundled script (see extractPoolBundle.ts) rather than through tsx. */
  bundled: boolean;
  /** Sequence numbers sent to this worker, oldest first (it answers in that order). */
  queue: number[];
  ready: boolean;
  dead: boolean;
}

/** Outcomes of `sources`, in their order. Stop early by leaving the loop: the workers end. */
export async function* extractInOrder(sources: readonly LoadSource[], options: ExtractPoolOptions): AsyncGenerator<ExtractOutcome> {
  if (options.workers <= 0 || sources.length === 0) {
    yield* extractInThread(sources, options.prepare);
    return;
  }
  const workerCount = Math.min(options.workers, sources.length);
  const window = Math.max(options.window ?? workerCount * 4, workerCount * PER_WORKER, 1);
  let script = options.workerUrl ? undefined : (options.workerScript ?? (await extractWorkerScript()));
  const workerUrl = options.workerUrl ?? DEFAULT_WORKER_URL;
  // Spares run the default bundle: a test's own worker script or URL never takes them.
  const mayTakeSpare = options.workerUrl === undefined && options.workerScript === undefined;
  const startWorker = (): { thread: Worker; bundled: boolean; ready: boolean } => {
    const spare = mayTakeSpare && script !== undefined ? takeSpare() : undefined;
    if (spare) return { thread: spare.thread, bundled: true, ready: spare.ready };
    return script === undefined
      ? { thread: new Worker(workerUrl, { resourceLimits: WORKER_LIMITS }), bundled: false, ready: false }
      : { thread: startBundledWorker(script), bundled: true, ready: false };
  };

  const finished = new Map<number, ExtractOutcome>();
  const retry: number[] = []; // sent to a worker that died before reaching them
  const workers: PoolWorker[] = [];
  let nextToSend = 0;
  let nextToYield = 0;
  let fatal: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = (): void => {
    const resume = wake;
    wake = undefined;
    resume?.();
  };

  const takeNext = (): number | undefined => {
    if (retry.length > 0) return retry.shift();
    if (nextToSend < sources.length && nextToSend - nextToYield < window) return nextToSend++;
    return undefined;
  };

  const dispatch = (): void => {
    for (const worker of workers) {
      while (!worker.dead && worker.queue.length < PER_WORKER) {
        const seq = takeNext();
        if (seq === undefined) return;
        worker.queue.push(seq);
        worker.thread.postMessage({ seq, source: sources[seq]!, prepare: options.prepare } satisfies WorkerRequest);
      }
    }
  };

  const onDeath = (worker: PoolWorker, why: string): void => {
    if (worker.dead) return;
    worker.dead = true;
    if (!worker.ready && worker.bundled) {
      // The bundle failed where the sources may not: from now on workers start through tsx.
      script = undefined;
      retry.push(...worker.queue);
      retry.sort((a, b) => a - b);
      workers.splice(workers.indexOf(worker), 1, spawn());
      dispatch();
      return;
    }
    if (!worker.ready) {
      fatal = new Error(`the extraction workers could not start: ${why}`);
      notify();
      return;
    }
    // The worker answers in order, so the oldest job is the one it died on; the rest go again.
    const [culprit, ...others] = worker.queue;
    if (culprit !== undefined) {
      const source = sources[culprit]!;
      finished.set(culprit, { ok: false, input: sourceLabel(source), bytes: 0, reason: `${sourceLabel(source)}: the extraction worker crashed on it (${why})` });
    }
    retry.push(...others);
    retry.sort((a, b) => a - b);
    workers.splice(workers.indexOf(worker), 1, spawn());
    dispatch();
    notify();
  };

  function spawn(): PoolWorker {
    const worker: PoolWorker = { ...startWorker(), queue: [], dead: false };
    worker.thread.on('message', (reply: WorkerReply) => {
      if (reply.kind === 'ready') {
        worker.ready = true;
        return;
      }
      worker.queue.splice(worker.queue.indexOf(reply.seq), 1);
      finished.set(reply.seq, reply.outcome);
      dispatch();
      if (reply.seq === nextToYield) notify();
    });
    worker.thread.on('error', (error) => onDeath(worker, firstLine(error)));
    worker.thread.on('exit', (code) => onDeath(worker, `exit code ${code}`));
    return worker;
  }

  for (let i = 0; i < workerCount; i++) workers.push(spawn());
  await endSpares();
  try {
    dispatch();
    while (nextToYield < sources.length) {
      if (fatal) throw fatal;
      const outcome = finished.get(nextToYield);
      if (outcome === undefined) {
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      finished.delete(nextToYield);
      nextToYield++;
      dispatch();
      yield outcome;
    }
  } finally {
    for (const worker of workers) worker.dead = true;
    await Promise.all(workers.map((worker) => worker.thread.terminate()));
  }
}
