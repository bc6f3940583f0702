// End to end: the real CLI (`node src/cli/newsgraph.js load`) into a temporary Kùzu database.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateArticle } from '../bench/corpus.ts';
import { KuzuStore } from '../../src/store/kuzu/kuzuStore.ts';
import { ARTICLES, tempDir, writeTree } from './loadFixtures.ts';

const CLI = fileURLToPath(new URL('../../src/cli/newsgraph.js', import.meta.url));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI; `whenStderr` lets a test act (send a signal) once stderr shows something. */
function newsgraph(args: string[], options: { stdin?: string; whenStderr?: (stderr: string, kill: (signal: NodeJS.Signals) => void) => void } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('NEO4J_')));
    const child = spawn(process.execPath, [CLI, ...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      options.whenStderr?.(stderr, (signal) => child.kill(signal));
    });
    child.stdin.end(options.stdin ?? '');
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

interface JsonReport {
  loaded: number;
  alreadyStored: number;
  skipped: { input: string; reason: string }[];
  interrupted: boolean;
}

const report = (run: Run): JsonReport => JSON.parse(run.stdout.trim().split('\n').pop() ?? '') as JsonReport;

async function counts(db: string): Promise<{ articles: number; nodes: number; edges: number }> {
  const store = await KuzuStore.open({ path: db, readOnly: true });
  try {
    return await store.counts();
  } finally {
    await store.close();
  }
}

describe('newsgraph load (CLI, Kùzu)', () => {
  it('loads a folder, and loading it again adds nothing', async () => {
    const dir = await writeTree(await tempDir(), ARTICLES);
    const db = join(await tempDir(), 'graph.kuzu');
    const first = await newsgraph(['load', dir, '--db', db, '--workers', '2', '--batch', '3']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Loaded 7 articles into kuzu at /);
    const after = await counts(db);
    expect(after.articles).toBe(7);

    const second = await newsgraph(['load', dir, '--db', db, '--json', '--no-progress']);
    expect(second.code).toBe(0);
    expect(report(second)).toMatchObject({ loaded: 0, alreadyStored: 7, skipped: [] });
    expect(await counts(db)).toEqual(after);
  });

  it('loads the good files of a folder with bad ones, and lists the bad ones with their reason', async () => {
    const dir = await writeTree(await tempDir(), {
      'good-1.txt': ARTICLES['a-estonia.txt']!,
      'good-2.md': ARTICLES['c-congrats.md']!,
      'good-3.html': ARTICLES['d-accuse.html']!,
      'empty.txt': '',
      'binary.txt': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]),
      'latin1.txt': Uint8Array.from([0x4d, 0x61, 0x64, 0x72, 0x69, 0x64, 0x20, 0xe9, 0x6c, 0xe8, 0x76, 0x65]),
    });
    const db = join(await tempDir(), 'graph.kuzu');
    const run = await newsgraph(['load', dir, '--db', db, '--workers', '1']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Loaded 3 articles/);
    expect(run.stdout).toContain('skipped: 3');
    expect(run.stdout).toContain(`- ${join(dir, 'empty.txt')} is empty`);
    expect(run.stdout).toContain(`- ${join(dir, 'binary.txt')} looks like a binary file`);
    expect(run.stdout).toContain(`- ${join(dir, 'latin1.txt')} is not valid UTF-8 text`);
    expect((await counts(db)).articles).toBe(3);
  });

  it('exits 65 with the reasons when no input can be used', async () => {
    const dir = await writeTree(await tempDir(), { 'empty.txt': '' });
    const db = join(await tempDir(), 'graph.kuzu');
    const run = await newsgraph(['load', dir, join(dir, 'missing.md'), '--db', db]);
    expect(run.code).toBe(65);
    expect(run.stdout).toContain(`- ${join(dir, 'empty.txt')} is empty`);
    expect(run.stdout).toContain(`- ${join(dir, 'missing.md')}: no such file or folder`);
  });

  it('creates no database when there is nothing to read', async () => {
    const db = join(await tempDir(), 'graph.kuzu');
    const run = await newsgraph(['load', join(db, '..', 'missing'), '--db', db]);
    expect(run.code).toBe(65);
    expect(run.stdout).toContain('missing: no such file or folder');
    expect(existsSync(db)).toBe(false);
  });

  it('refuses a bad --workers or --batch with a usage error', async () => {
    const dir = await writeTree(await tempDir(), ARTICLES);
    const run = await newsgraph(['load', dir, '--workers', '-1']);
    expect(run.code).toBe(64);
    expect(run.stderr).toBe('newsgraph: --workers must be a whole number of at least 0, got -1\n');
    expect((await newsgraph(['load', dir, '--batch', '0'])).code).toBe(64);
  });

  it('reads an article from stdin with "-"', async () => {
    const db = join(await tempDir(), 'graph.kuzu');
    const run = await newsgraph(['load', '-', '--db', db, '--json'], { stdin: ARTICLES['f-blame.txt'] });
    expect(run.code).toBe(0);
    expect(report(run)).toMatchObject({ loaded: 1, skipped: [] });
  });

  it.each([
    ['the bulk path', [], 'stopping; writing the articles staged so far'],
    ['batch by batch', ['--no-bulk'], 'stopping after the current batch'],
  ])('stops on Ctrl-C (%s) with exit 130 keeping whole batches, and a second run finishes the job', async (_path, flags, message) => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 400; i++) {
      const article = generateArticle(7, i, 600);
      files[article.name] = article.text;
    }
    const dir = await writeTree(await tempDir(), files);
    const db = join(await tempDir(), 'graph.kuzu');
    let sent = false;
    const first = await newsgraph(['load', dir, '--db', db, '--json', '--workers', '1', '--batch', '2', '--progress-interval', '0', ...flags], {
      whenStderr: (stderr, kill) => {
        if (!sent && /^load: [1-9]/m.test(stderr)) {
          sent = true;
          kill('SIGINT');
        }
      },
    });
    expect(sent).toBe(true);
    expect(first.code).toBe(130);
    expect(first.stderr).toContain(message);
    const stopped = report(first);
    expect(stopped.interrupted).toBe(true);
    expect(stopped.loaded).toBeLessThan(400);
    expect(stopped.loaded % 2).toBe(0);
    expect((await counts(db)).articles).toBe(stopped.loaded);

    const second = await newsgraph(['load', dir, '--db', db, '--json', '--no-progress']);
    expect(second.code).toBe(0);
    expect(report(second)).toMatchObject({ loaded: 400 - stopped.loaded, alreadyStored: stopped.loaded, interrupted: false });
    expect((await counts(db)).articles).toBe(400);
  });
});
