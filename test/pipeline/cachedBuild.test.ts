import { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sourceUrls } from '../../src/cli/cliBundle.ts';
import { type BundleSpec, bundleIsCurrent, cachedBundle } from '../../src/pipeline/cachedBuild.ts';
import { tempDir, writeTree } from './loadFixtures.ts';

/** A module with a static and a dynamic import and a file it finds beside itself, written a second ago. */
async function sources(): Promise<{ dir: string; spec: BundleSpec }> {
  const dir = await tempDir('newsgraph-build-');
  await writeTree(dir, {
    'entry.ts': [
      "import { readFileSync } from 'node:fs';",
      "import { greeting } from './greeting.ts';",
      "export const hello = (name: string): string => `${greeting}, ${name}`;",
      "export const later = async (): Promise<string> => (await import('./later.ts')).word;",
      "export const beside = (): string => readFileSync(new URL('./beside.txt', import.meta.url), 'utf8');",
    ].join('\n'),
    'greeting.ts': "export const greeting = 'Hello';\n",
    'later.ts': "export const word = 'loaded when asked';\n",
    'beside.txt': 'found beside the source',
  });
  const past = new Date(Date.now() - 2000);
  for (const file of ['entry.ts', 'greeting.ts', 'later.ts']) utimesSync(join(dir, file), past, past);
  const spec: BundleSpec = {
    name: 'demo',
    extension: 'mjs',
    layout: 1,
    options: { entryPoints: [join(dir, 'entry.ts')], platform: 'node', target: 'node20', format: 'esm', packages: 'external', splitting: true, outExtension: { '.js': '.mjs' } },
    plugins: [sourceUrls],
  };
  return { dir, spec };
}

interface Demo {
  hello: (name: string) => string;
  later: () => Promise<string>;
  beside: () => string;
}

describe('cached split builds (the CLI bundle)', () => {
  it('keeps the chunks in a folder named by their contents, behind an entry module that re-exports them', async () => {
    const { dir, spec } = await sources();
    const cache = join(dir, 'cache');
    const built = await cachedBundle(spec, cache);
    expect(built?.kept).toBe(true);
    expect(built?.code).toMatch(/^export \* from '\.\/demo-[0-9a-f]{16}\/entry\.mjs';\n$/);
    const folders = readdirSync(cache).filter((name) => name.startsWith('demo-'));
    expect(folders).toHaveLength(1);
    expect(readdirSync(join(cache, folders[0]!)).length).toBeGreaterThan(1); // the import() target is a chunk of its own
    expect(readFileSync(join(cache, 'demo.mjs'), 'utf8')).toBe(built!.code);
    expect(bundleIsCurrent(spec, cache)).toBe(true);

    const demo = (await import(pathToFileURL(join(cache, 'demo.mjs')).href)) as Demo;
    expect(demo.hello('Ada')).toBe('Hello, Ada');
    expect(await demo.later()).toBe('loaded when asked');
    // import.meta.url is the source's own URL, not the cache folder's.
    expect(demo.beside()).toBe('found beside the source');
  });

  it('is no longer current once a source changes; the rebuild leaves the older chunks for processes still using them', async () => {
    const { dir, spec } = await sources();
    const cache = join(dir, 'cache');
    const first = await cachedBundle(spec, cache);
    writeFileSync(join(dir, 'greeting.ts'), "export const greeting = 'Good morning';\n");
    utimesSync(join(dir, 'greeting.ts'), new Date(Date.now() - 1000), new Date(Date.now() - 1000));
    expect(bundleIsCurrent(spec, cache)).toBe(false);
    const second = await cachedBundle(spec, cache);
    expect(second?.code).not.toBe(first?.code);
    expect(bundleIsCurrent(spec, cache)).toBe(true);
    const folders = readdirSync(cache).filter((name) => name.startsWith('demo-'));
    expect(folders).toHaveLength(2);
    const demo = (await import(`${pathToFileURL(join(cache, 'demo.mjs')).href}?second`)) as Demo;
    expect(demo.hello('Ada')).toBe('Good morning, Ada');

    // A day later, a new build removes the folders no current bundle names.
    const dayAgo = new Date(Date.now() - 25 * 60 * 60 * 1000);
    for (const folder of folders) utimesSync(join(cache, folder), dayAgo, dayAgo);
    writeFileSync(join(dir, 'greeting.ts'), "export const greeting = 'Hi';\n");
    utimesSync(join(dir, 'greeting.ts'), new Date(Date.now() - 1000), new Date(Date.now() - 1000));
    const third = await cachedBundle(spec, cache);
    const left = readdirSync(cache).filter((name) => name.startsWith('demo-'));
    expect(left).toHaveLength(1);
    expect(third?.code).toContain(left[0]);
    expect(existsSync(join(cache, folders[0]!))).toBe(false);
  });
});
