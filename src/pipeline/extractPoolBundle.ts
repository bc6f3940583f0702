// The extraction worker as one plain-JavaScript script, bundled by esbuild and cached on disk.
// Why: a worker started from extractWorker.js registers tsx, which runs its own loader thread
// and compiles every module again in each worker (~0.4 s of CPU and ~35 MB per worker). The
// bundle (~2 MB, built in ~0.15 s, then reused while no source changes) starts in a plain
// worker thread instead.
import { fileURLToPath } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { BUNDLE_CACHE_DIR, type BundleSpec, cachedBundle } from './cachedBuild.ts';

const WORKER_BUNDLE: BundleSpec = {
  name: 'extract-worker',
  extension: 'js',
  layout: 4,
  options: {
    entryPoints: [fileURLToPath(new URL('./extractWorker.ts', import.meta.url))],
    platform: 'node',
    target: 'node20',
    // An eval'd worker runs a script at global scope: the IIFE keeps the bundle's names (e.g. `crypto`) off
    // the global object; every package is bundled in, and node: built-ins are required.
    format: 'iife',
  },
};

let bundled: Promise<string | undefined> | undefined;

// The young generation per worker, where nearly all of an extraction's garbage dies. Measured on
// the 10k-article bench load (workers busy, main thread idle): 8 MB 7.9 s, 32 MB 7.4 s (+20 MB
// peak), 64 MB 7.7 s; medians of 6 interleaved runs.
export const WORKER_LIMITS: WorkerOptions['resourceLimits'] = { maxYoungGenerationSizeMb: 32 };

/** An extraction worker running the bundled `script` (see extractWorkerScript). */
export function startBundledWorker(script: string): Worker {
  return new Worker(script, { eval: true, resourceLimits: WORKER_LIMITS });
}

/**
 * The worker's code for `new Worker(code, { eval: true })`, or undefined when it cannot be
 * bundled (the pool then starts extractWorker.js through tsx, slower but the same extractor).
 * `cacheDir` is a test seam.
 */
export function extractWorkerScript(cacheDir = BUNDLE_CACHE_DIR): Promise<string | undefined> {
  const code = async (): Promise<string | undefined> => (await cachedBundle(WORKER_BUNDLE, cacheDir))?.code;
  if (cacheDir !== BUNDLE_CACHE_DIR) return code();
  bundled ??= code();
  return bundled;
}
