import { symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverInputs } from '../../src/pipeline/discoverInputs.ts';
import { tempDir, writeTree } from './loadFixtures.ts';

const paths = (sources: { kind: string; path?: string; label?: string }[]): string[] => sources.map((s) => (s.kind === 'file' ? s.path! : s.label!));

describe('discoverInputs', () => {
  it('takes every .txt, .md and .html under a folder, recursively, in path order', async () => {
    const dir = await writeTree(await tempDir(), {
      'b.txt': 'b',
      'a/z.md': 'z',
      'a/y/x.HTML': 'x',
      'a.txt': 'a',
      'c.json': '{}',
      'c.gold.json': '{}',
      'README': 'no extension',
      'd.pdf': 'pdf',
    });
    const { sources, skipped } = await discoverInputs([dir]);
    expect(paths(sources)).toEqual(['a.txt', 'a/y/x.HTML', 'a/z.md', 'b.txt'].map((p) => join(dir, p)));
    expect(sources.every((s) => s.kind === 'file')).toBe(true);
    expect(skipped).toEqual([]);
  });

  it('keeps the order of the arguments, reads a named file whatever its name, and reads a file once', async () => {
    const dir = await writeTree(await tempDir(), { 'one/b.txt': 'b', 'one/a.txt': 'a', 'notes.text': 'n' });
    await symlink(join(dir, 'one/a.txt'), join(dir, 'one/link.txt'));
    const { sources } = await discoverInputs([join(dir, 'notes.text'), join(dir, 'one'), join(dir, 'one/a.txt')]);
    expect(paths(sources)).toEqual([join(dir, 'notes.text'), join(dir, 'one/a.txt'), join(dir, 'one/b.txt'), join(dir, 'one/link.txt')]);
  });

  it('reports missing paths and folders without articles, and goes on', async () => {
    const dir = await writeTree(await tempDir(), { 'empty/x.json': '{}', 'ok.txt': 'ok' });
    const { sources, skipped } = await discoverInputs([join(dir, 'nope'), join(dir, 'empty'), join(dir, 'ok.txt')]);
    expect(paths(sources)).toEqual([join(dir, 'ok.txt')]);
    expect(skipped.map((s) => s.reason)).toEqual([`${join(dir, 'nope')}: no such file or folder`, `${join(dir, 'empty')}: no .txt, .md, .html, .htm files in this folder`]);
  });

  it('reads "-" from stdin once, and reports bad stdin', async () => {
    const good = await discoverInputs(['-'], { readStdin: async () => new TextEncoder().encode('Oslo expels an envoy') });
    expect(good.sources).toEqual([{ kind: 'text', label: 'stdin', text: 'Oslo expels an envoy', bytes: 20 }]);
    const bad = await discoverInputs(['-'], { readStdin: async () => new Uint8Array() });
    expect(bad.sources).toEqual([]);
    expect(bad.skipped).toEqual([{ input: 'stdin', reason: 'stdin is empty' }]);
    await expect(discoverInputs(['-', '-'], { readStdin: async () => new Uint8Array([65]) })).rejects.toThrow(/only once/);
  });
});
