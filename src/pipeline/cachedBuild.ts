// esbuild bundles of the project's own sources, kept on disk (bundleCache.ts) and rebuilt when a
// source changes. The extraction workers start from one (extractPoolBundle.ts), and so does the
// CLI (src/cli/cliBundle.ts).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildOptions, BuildResult, Plugin } from 'esbuild';
import { cachedBundleIsCurrent, readCachedBundle, writeCachedBundle } from './bundleCache.ts';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BUNDLE_CACHE_DIR = resolve(PROJECT_ROOT, 'node_modules/.cache/newsgraph');

export interface BundleSpec {
  /** The cached bundle's name (its manifest is `<name>.json`) and its code file's extension. */
  name: string;
  extension: 'js' | 'mjs';
  /** Bump when what is cached or stamped changes, so that older caches are rebuilt. */
  layout: number;
  /**
   * What esbuild is asked for (entry, format, ...): part of the cache key, so plain data only.
   * With `splitting` (ES modules only), the chunks go to a folder of their own (see keepChunks)
   * and the cached code is an entry module that re-exports the entry chunk.
   */
  options: BuildOptions;
  /** Plugins (functions, not in the key: bump `layout` when one changes). */
  plugins?: Plugin[];
}

/** The cache key: the options, the spec's layout and the Node version the bundle targets. */
function bundleKey(spec: BundleSpec): string {
  return JSON.stringify({ layout: spec.layout, node: process.version, options: spec.options });
}

/** The bundle in `cacheDir` was built from this spec and from sources as they are now. */
export function bundleIsCurrent(spec: BundleSpec, cacheDir = BUNDLE_CACHE_DIR): boolean {
  return cachedBundleIsCurrent(cacheDir, spec.name, bundleKey(spec));
}

/**
 * The bundle's code, from the cache or built now (then kept for the next process: `kept`), or
 * undefined when it cannot be built: the caller then runs the sources as they are.
 */
export async function cachedBundle(spec: BundleSpec, cacheDir = BUNDLE_CACHE_DIR): Promise<{ code: string; kept: boolean } | undefined> {
  const key = bundleKey(spec);
  const cached = readCachedBundle(cacheDir, spec.name, key, spec.extension);
  if (cached !== undefined) return { code: cached, kept: true };
  const since = Date.now();
  try {
    // Loaded only to build: a cached bundle needs no esbuild (~20 ms of every start-up).
    const { build } = await import('esbuild');
    const outdir = join(cacheDir, `${spec.name}-building`);
    const split = spec.options.splitting === true;
    const result = await build({ ...spec.options, ...(split ? { outdir } : {}), plugins: spec.plugins, absWorkingDir: PROJECT_ROOT, bundle: true, write: false, metafile: true, logLevel: 'silent' });
    // A warning (e.g. import.meta, which a CommonJS script lacks) means the bundle may not behave as the sources do.
    if (result.warnings.length > 0) return undefined;
    const code = split ? keepChunks(cacheDir, spec.name, outdir, result, entryPointOf(spec)) : result.outputFiles[0]?.text;
    if (code === undefined) return undefined;
    // Plus the configuration esbuild reads beside the sources (tsconfig.json's compiler options),
    // and esbuild's own package.json, which a new esbuild version rewrites.
    const inputs = [...Object.keys(result.metafile.inputs), 'tsconfig.json', 'package.json'].map((input) => resolve(PROJECT_ROOT, input));
    inputs.push(createRequire(import.meta.url).resolve('esbuild/package.json'));
    const kept = writeCachedBundle(cacheDir, spec.name, key, { code, inputs }, since, spec.extension);
    return { code, kept };
  } catch {
    return undefined;
  }
}

/** The one entry point a split build is asked for, as an absolute path. */
function entryPointOf(spec: BundleSpec): string | undefined {
  const entries = spec.options.entryPoints;
  return Array.isArray(entries) && entries.length === 1 && typeof entries[0] === 'string' ? resolve(PROJECT_ROOT, entries[0]) : undefined;
}

/** Chunk folders of a bundle no process started in the last day can still be reading from. */
const CHUNKS_KEPT_MS = 24 * 60 * 60 * 1000;

/**
 * Writes a split build's chunks to `<name>-<hash of their contents>/` in `cacheDir` and returns
 * the code of an entry module that re-exports its entry chunk. Why a folder per content: a
 * process started from an older bundle may still import one of its chunks later (a command
 * loads some only when asked), so a build never rewrites a folder; it removes the day-old ones.
 */
function keepChunks(cacheDir: string, name: string, outdir: string, result: BuildResult<{ write: false; metafile: true }>, entryPoint: string | undefined): string | undefined {
  const files = result.outputFiles.map((file) => ({ path: relative(outdir, file.path), contents: file.contents })).sort((a, b) => a.path.localeCompare(b.path));
  // (A module imported with import() is an entry point of its own chunk too.)
  const entries = Object.entries(result.metafile.outputs).filter(([, output]) => output.entryPoint !== undefined && resolve(PROJECT_ROOT, output.entryPoint) === entryPoint);
  if (entries.length !== 1) return undefined;
  const entry = relative(outdir, resolve(PROJECT_ROOT, entries[0]![0]));
  const hash = createHash('sha256');
  for (const file of files) hash.update(file.path).update('\0').update(file.contents).update('\0');
  const folder = `${name}-${hash.digest('hex').slice(0, 16)}`;
  const target = join(cacheDir, folder);
  if (!existsSync(target)) {
    const temp = `${target}.${process.pid}-${Date.now()}`;
    for (const file of files) {
      mkdirSync(dirname(join(temp, file.path)), { recursive: true });
      writeFileSync(join(temp, file.path), file.contents);
    }
    try {
      renameSync(temp, target);
    } catch {
      // Another process kept the same chunks first.
      rmSync(temp, { recursive: true, force: true });
      if (!existsSync(target)) return undefined;
    }
  }
  const now = Date.now();
  for (const other of readdirSync(cacheDir)) {
    if (other === folder || !other.startsWith(`${name}-`)) continue;
    const path = join(cacheDir, other);
    if (now - statSync(path).mtimeMs > CHUNKS_KEPT_MS) rmSync(path, { recursive: true, force: true });
  }
  return `export * from './${folder}/${entry.split('/').map(encodeURIComponent).join('/')}';\n`;
}
