// The extraction worker as one plain-JavaScript script, bundled in memory by esbuild.
// Why: a worker started from extractWorker.js registers tsx, which runs its own loader thread
// and compiles every module again in each worker (~0.4 s of CPU and ~35 MB per worker). The
// bundle (~2 MB, built in ~0.1 s once per process) starts in a plain worker thread instead.
import { fileURLToPath } from 'node:url';
import type { WorkerOptions } from 'node:worker_threads';
import { build } from 'esbuild';

const ENTRY = fileURLToPath(new URL('./extractWorker.ts', import.meta.url));

let bundled: Promise<string | undefined> | undefined;

// The young generation per worker, where nearly all of an extraction's garbage dies. Measured on
// the 10k-article bench load (workers busy, main thread idle): 8 MB 7.9 s, 32 MB 7.4 s (+20 MB
// peak), 64 MB 7.7 s; medians of 6 interleaved runs.
export const WORKER_LIMITS: WorkerOptions['resourceLimits'] = { maxYoungGenerationSizeMb: 32 };

/**
 * The worker's code for `new Worker(code, { eval: true })`, or undefined when it cannot be
 * bundled (the pool then starts extractWorker.js through tsx, slower but the same extractor).
 */
export function extractWorkerScript(): Promise<string | undefined> {
  bundled ??= build({
    entryPoints: [ENTRY],
    bundle: true,
    platform: 'node',
    target: 'node20',
    // An eval'd worker runs a script at global scope: the IIFE keeps the bundle's names (e.g. `crypto`) off
    // the global object; every package is bundled in, and node: built-ins are required.
    format: 'iife',
    write: false,
    logLevel: 'silent',
  }).then(
    // A warning (e.g. import.meta, which a CommonJS script lacks) means the bundle may not behave as the sources do.
    (result) => (result.warnings.length === 0 ? result.outputFiles[0]?.text : undefined),
    () => undefined,
  );
  return bundled;
}
