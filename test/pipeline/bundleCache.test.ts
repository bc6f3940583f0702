import { existsSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCachedBundle, writeCachedBundle } from '../../src/pipeline/bundleCache.ts';
import { extractWorkerScript } from '../../src/pipeline/extractPoolBundle.ts';
import { tempDir } from './loadFixtures.ts';

/** Two input files written a second in the past, so that a build "now" postdates them. */
async function inputs(): Promise<{ dir: string; a: string; b: string }> {
  const dir = await tempDir();
  const a = join(dir, 'a.ts');
  const b = join(dir, 'b.ts');
  writeFileSync(a, 'export const a = 1;\n');
  writeFileSync(b, 'export const b = 2;\n');
  const past = new Date(Date.now() - 1000);
  for (const path of [a, b]) utimesSync(path, past, past);
  return { dir, a, b };
}

describe('bundle cache', () => {
  it('gives back a bundle while its key and every input are as they were when it was built', async () => {
    const { dir, a, b } = await inputs();
    const cache = join(dir, 'cache');
    writeCachedBundle(cache, 'w', 'key-1', { code: 'bundle code', inputs: [a, b] }, Date.now());
    expect(readCachedBundle(cache, 'w', 'key-1')).toBe('bundle code');
    expect(readCachedBundle(cache, 'w', 'key-2')).toBeUndefined();
    expect(readCachedBundle(cache, 'other', 'key-1')).toBeUndefined();
  });

  it('misses once an input is edited, touched or removed', async () => {
    for (const change of ['edit', 'touch', 'remove'] as const) {
      const { dir, a, b } = await inputs();
      const cache = join(dir, 'cache');
      writeCachedBundle(cache, 'w', 'k', { code: 'old', inputs: [a, b] }, Date.now());
      expect(readCachedBundle(cache, 'w', 'k')).toBe('old');
      if (change === 'edit') writeFileSync(b, 'export const b = 3; // longer\n');
      if (change === 'touch') utimesSync(b, new Date(), new Date());
      if (change === 'remove') rmSync(b);
      expect(readCachedBundle(cache, 'w', 'k'), change).toBeUndefined();
    }
  });

  it('keeps nothing when an input changed after the build started (it may have read a half-written file)', async () => {
    const { dir, a, b } = await inputs();
    const cache = join(dir, 'cache');
    const since = Date.now();
    writeFileSync(a, 'export const a = 10;\n');
    utimesSync(a, new Date(since + 5), new Date(since + 5));
    writeCachedBundle(cache, 'w', 'k', { code: 'stale', inputs: [a, b] }, since);
    expect(existsSync(join(cache, 'w.json'))).toBe(false);
    expect(readCachedBundle(cache, 'w', 'k')).toBeUndefined();
  });

  it('is optional: a folder that cannot be written or a damaged manifest only means no cache', async () => {
    const { dir, a } = await inputs();
    const blocker = join(dir, 'not-a-folder');
    writeFileSync(blocker, 'a file where the cache folder would go');
    expect(() => writeCachedBundle(join(blocker, 'cache'), 'w', 'k', { code: 'x', inputs: [a] }, Date.now())).not.toThrow();
    expect(readCachedBundle(join(blocker, 'cache'), 'w', 'k')).toBeUndefined();
    const cache = join(dir, 'cache');
    writeCachedBundle(cache, 'w', 'k', { code: 'x', inputs: [a] }, Date.now());
    writeFileSync(join(cache, 'w.json'), '{"key": "k", "inputs": 5}');
    expect(readCachedBundle(cache, 'w', 'k')).toBeUndefined();
  });

  it('serves the extraction workers: the first call builds and keeps the bundle, the next reads it back', async () => {
    const cache = join(await tempDir(), 'cache');
    const built = await extractWorkerScript(cache);
    expect(built).toEqual(expect.stringContaining('extractArticle'));
    const manifest = JSON.parse(readFileSync(join(cache, 'extract-worker.json'), 'utf8')) as { inputs: [string, number, number][] };
    const paths = manifest.inputs.map(([path]) => path);
    expect(paths).toContain(new URL('../../src/pipeline/extractWorker.ts', import.meta.url).pathname);
    expect(paths).toContain(new URL('../../tsconfig.json', import.meta.url).pathname);
    // A new esbuild (not loaded on a cache hit, so not in the key) rewrites its package.json.
    expect(paths).toContain(new URL('../../node_modules/esbuild/package.json', import.meta.url).pathname);
    expect(paths.every((path) => statSync(path).isFile())).toBe(true);
    // What the next call returns comes from the cache file, not from a new build.
    writeFileSync(join(cache, 'extract-worker.js'), `${built}\n// read back from the cache`);
    expect(await extractWorkerScript(cache)).toBe(`${built}\n// read back from the cache`);
  });
});
