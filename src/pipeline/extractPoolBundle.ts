// The extraction worker as one plain-JavaScript script, bundled by esbuild and cached on disk.
// Why: a worker started from extractWorker.js registers tsx, which runs its own loader thread
// and compiles every module again in each worker (~0.4 s of CPU and ~35 MB per worker). The
// bundle (~2 MB, built in ~0.15 s, then reused while no source changes) starts in a plain
// worker thread instead.
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { BuildOptions } from 'esbuild';
import { readCachedBundle, writeCachedBundle } from './bundleCache.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ENTRY = fileURLToPath(new URL('./extractWorker.ts', import.meta.url));
const CACHE_DIR = resolve(ROOT, 'node_modules/.cache/newsgraph');
const CACHE_NAME = 'extract-worker';

const OPTIONS = {
  entryPoints: [ENTRY],
  // The metafile names inputs relative to this folder.
  absWorkingDir: ROOT,
  bundle: true,
  platform: 'node',
  target: 'node20',
  // An eval'd worker runs a script at global scope: the IIFE keeps the bundle's names (e.g. `crypto`) off
  // the global object; every package is bundled in, and node: built-ins are required.
  format: 'iife',
  write: false,
  logLevel: 'silent',
} as const satisfies BuildOptions;

let bundled: Promise<string | undefined> | undefined;

// The young generation per worker, where nearly all of an extraction's garbage dies. Measured on
// the 10k-article bench load (workers busy, main thread idle): 8 MB 7.9 s, 32 MB 7.4 s (+20 MB
// peak), 64 MB 7.7 s; medians of 6 interleaved runs.
export const WORKER_LIMITS: WorkerOptions['resourceLimits'] = { maxYoungGenerationSizeMb: 32 };

/** An extraction worker running the bundled `script` (see extractWorkerScript). */
export function startBundledWorker(script: string): Worker {
  return new Worker(script, { eval: true, resourceLimits: WORKER_LIMITS });
}

async function buildWorkerScript(cacheDir: string): Promise<string | undefined> {
  // Bump `layout` when what is cached or stamped changes, so that older caches are rebuilt.
  const key = JSON.stringify({ layout: 3, node: process.version, options: OPTIONS });
  const cached = readCachedBundle(cacheDir, CACHE_NAME, key);
  if (cached !== undefined) return cached;
  const since = Date.now();
  try {
    // Loaded only to build: a cached bundle needs no esbuild (~20 ms of every load's start-up).
    const { build } = await import('esbuild');
    const result = await build({ ...OPTIONS, metafile: true });
    // A warning (e.g. import.meta, which a CommonJS script lacks) means the bundle may not behave as the sources do.
    const code = result.warnings.length === 0 ? result.outputFiles[0]?.text : undefined;
    if (code === undefined) return undefined;
    // Plus the configuration esbuild reads beside the sources (tsconfig.json's compiler options),
    // and esbuild's own package.json, which a new esbuild version rewrites.
    const inputs = [...Object.keys(result.metafile.inputs), 'tsconfig.json', 'package.json'].map((input) => resolve(ROOT, input));
    inputs.push(createRequire(import.meta.url).resolve('esbuild/package.json'));
    writeCachedBundle(cacheDir, CACHE_NAME, key, { code, inputs }, since);
    return code;
  } catch {
    return undefined;
  }
}

/**
 * The worker's code for `new Worker(code, { eval: true })`, or undefined when it cannot be
 * bundled (the pool then starts extractWorker.js through tsx, slower but the same extractor).
 * `cacheDir` is a test seam.
 */
export function extractWorkerScript(cacheDir = CACHE_DIR): Promise<string | undefined> {
  if (cacheDir !== CACHE_DIR) return buildWorkerScript(cacheDir);
  bundled ??= buildWorkerScript(cacheDir);
  return bundled;
}
