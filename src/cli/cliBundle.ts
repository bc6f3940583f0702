// The CLI as one ES module bundled from its TypeScript sources by esbuild and cached on disk (see
// cachedBuild.ts); newsgraph.js starts from it. Why: running the sources through tsx costs every
// command ~0.5 s of start-up (tsx's loader thread transforms each module again per process); the
// bundle starts in ~0.1 s. Packages stay outside it and load from node_modules as they are.
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Plugin } from 'esbuild';
import { cachedBundlePath } from '../pipeline/bundleCache.ts';
import { BUNDLE_CACHE_DIR, type BundleSpec, bundleIsCurrent, cachedBundle } from '../pipeline/cachedBuild.ts';

/**
 * Each module's `import.meta.url` written into the bundle as the URL of the source file it came
 * from: the sources find what lies beside them through it (cypher/, the viewer's web folder, the
 * worker entry), and the bundle itself lives in the cache folder.
 */
export const sourceUrls: Plugin = {
  name: 'source-urls',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async ({ path }) => ({
      contents: (await readFile(path, 'utf8')).replaceAll('import.meta.url', JSON.stringify(pathToFileURL(path).href)),
      loader: 'ts',
    }));
  },
};

const CLI_BUNDLE: BundleSpec = {
  name: 'cli',
  extension: 'mjs',
  layout: 1,
  options: {
    entryPoints: [fileURLToPath(new URL('./bundleEntry.ts', import.meta.url))],
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    // Chunks: what only some commands use (neo4j-driver, the extractor, html-to-text) loads when
    // one of them asks, as in the sources. `.mjs`: the cache folder has no package.json of type module.
    splitting: true,
    outExtension: { '.js': '.mjs' },
  },
  plugins: [sourceUrls],
};

/** Where the bundle is kept; newsgraph.js imports it from there. */
export const CLI_BUNDLE_FILE = cachedBundlePath(BUNDLE_CACHE_DIR, CLI_BUNDLE.name, CLI_BUNDLE.extension);

/** The kept bundle was built from the sources as they are now (asked by the bundle itself before it runs). */
export function cliBundleIsCurrent(): boolean {
  return bundleIsCurrent(CLI_BUNDLE);
}

/** Builds and keeps the bundle for the next start; false when it could not be built or kept. */
export async function buildCliBundle(): Promise<boolean> {
  return (await cachedBundle(CLI_BUNDLE))?.kept === true;
}
