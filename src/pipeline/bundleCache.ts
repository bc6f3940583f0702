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

/** The cached bundle `name`, if it was built with `key` and none of its inputs changed since. */
export function readCachedBundle(dir: string, name: string, key: string): string | undefined {
  try {
    const manifest = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as Manifest;
    if (manifest.key !== key || !Array.isArray(manifest.inputs) || manifest.inputs.length === 0) return undefined;
    for (const [path, mtimeMs, size] of manifest.inputs) {
      const now = stamp(path);
      if (!now || now[1] !== mtimeMs || now[2] !== size) return undefined;
    }
    return readFileSync(join(dir, `${name}.js`), 'utf8');
  } catch {
    return undefined; // no cache yet, or one this version cannot read: build instead
  }
}

/**
 * Keeps `bundle` for readCachedBundle. Nothing is kept when an input changed after `builtSince`
 * (the build may have read it half edited) or the folder cannot be written: a cache is optional.
 */
export function writeCachedBundle(dir: string, name: string, key: string, bundle: BuiltBundle, builtSince: number): void {
  try {
    const inputs: InputStamp[] = [];
    for (const path of bundle.inputs) {
      const now = stamp(path);
      if (!now || now[1] >= builtSince) return;
      inputs.push(now);
    }
    if (inputs.length === 0) return;
    mkdirSync(dir, { recursive: true });
    // Each file appears whole or not at all (rename is atomic), the code before the manifest
    // that vouches for it, so a concurrent reader never pairs a manifest with other code.
    const unique = `${process.pid}-${Date.now()}`;
    writeFileSync(join(dir, `${name}.js.${unique}`), bundle.code);
    renameSync(join(dir, `${name}.js.${unique}`), join(dir, `${name}.js`));
    writeFileSync(join(dir, `${name}.json.${unique}`), JSON.stringify({ key, inputs } satisfies Manifest));
    renameSync(join(dir, `${name}.json.${unique}`), join(dir, `${name}.json`));
  } catch {
    // A read-only install: every process builds its own bundle, as before.
  }
}
