// An esbuild bundle kept on disk with the files it was built from, so that the next process
// reuses it while none of them changed. Why by hand: esbuild keeps no cache between processes,
// and building the extraction workers' bundle sat on every load's start-up (~0.15 s).
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One input file as it was when the bundle was built. */
type InputStamp = [path: string, mtimeMs: number, size: number];

interface Manifest {
  key: string;
  inputs: InputStamp[];
}

export interface BuiltBundle {
  code: string;
  /** Absolute paths of every file the bundle was built from. */
  inputs: string[];
}

function stamp(path: string): InputStamp | undefined {
  const info = statSync(path, { throwIfNoEntry: false });
  return info ? [path, info.mtimeMs, info.size] : undefined;
}

/** The file holding the code of the cached bundle `name` ("mjs": an ES module that Node can import from there). */
export function cachedBundlePath(dir: string, name: string, extension: 'js' | 'mjs' = 'js'): string {
  return join(dir, `${name}.${extension}`);
}

/** The cached bundle `name` was built with `key` and none of its inputs changed since. */
export function cachedBundleIsCurrent(dir: string, name: string, key: string): boolean {
  try {
    const manifest = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as Manifest;
    if (manifest.key !== key || !Array.isArray(manifest.inputs) || manifest.inputs.length === 0) return false;
    for (const [path, mtimeMs, size] of manifest.inputs) {
      const now = stamp(path);
      if (!now || now[1] !== mtimeMs || now[2] !== size) return false;
    }
    return true;
  } catch {
    return false; // no cache yet, or one this version cannot read: build instead
  }
}

/** The cached bundle `name`, if it was built with `key` and none of its inputs changed since. */
export function readCachedBundle(dir: string, name: string, key: string, extension: 'js' | 'mjs' = 'js'): string | undefined {
  if (!cachedBundleIsCurrent(dir, name, key)) return undefined;
  try {
    return readFileSync(cachedBundlePath(dir, name, extension), 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Keeps `bundle` for readCachedBundle; true when it was kept. Nothing is kept when an input
 * changed after `builtSince` (the build may have read it half edited) or the folder cannot be
 * written: a cache is optional.
 */
export function writeCachedBundle(dir: string, name: string, key: string, bundle: BuiltBundle, builtSince: number, extension: 'js' | 'mjs' = 'js'): boolean {
  try {
    const inputs: InputStamp[] = [];
    for (const path of bundle.inputs) {
      const now = stamp(path);
      if (!now || now[1] >= builtSince) return false;
      inputs.push(now);
    }
    if (inputs.length === 0) return false;
    mkdirSync(dir, { recursive: true });
    // Each file appears whole or not at all (rename is atomic), the code before the manifest
    // that vouches for it, so a concurrent reader never pairs a manifest with other code.
    const unique = `${process.pid}-${Date.now()}`;
    const code = cachedBundlePath(dir, name, extension);
    writeFileSync(`${code}.${unique}`, bundle.code);
    renameSync(`${code}.${unique}`, code);
    writeFileSync(join(dir, `${name}.json.${unique}`), JSON.stringify({ key, inputs } satisfies Manifest));
    renameSync(join(dir, `${name}.json.${unique}`), join(dir, `${name}.json`));
    return true;
  } catch {
    // A read-only install: every process builds its own bundle, as before.
    return false;
  }
}
