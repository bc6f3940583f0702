import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreError } from '../../src/errors.ts';
import { discoverInputs } from '../../src/pipeline/discoverInputs.ts';
import { extractSource } from '../../src/pipeline/extractSource.ts';
import { defaultWorkerCount, LoadFailedError, loadCorpus } from '../../src/pipeline/loadCorpus.ts';
import { ARTICLES, FakeStore, tempDir, writeTree } from './loadFixtures.ts';

async function corpus(extra: Record<string, string | Uint8Array> = {}): Promise<string> {
  return writeTree(await tempDir(), { ...ARTICLES, ...extra });
}

const titles = (store: FakeStore): string[] => [...store.articles.values()].map((a) => a.article.title).sort();

describe('defaultWorkerCount', () => {
  it('is one worker per core, at least one and at most eight', () => {
    expect([0, 1, 2, 3, 5, 16].map((cores) => defaultWorkerCount(cores))).toEqual([1, 1, 2, 3, 5, 8]);
  });
});

describe('loadCorpus', () => {
  it('writes the articles in batches of the given size, in input order', async () => {
    const dir = await corpus();
    const store = new FakeStore();
    const report = await loadCorpus(await discoverInputs([dir]), store, { workers: 0, batchSize: 3 });
    expect(store.writeSizes).toEqual([3, 3, 1]);
    expect(report.loaded).toBe(7);
    expect(report.skipped).toEqual([]);
    expect(report.inputs).toBe(7);
    expect(report.interrupted).toBe(false);
    // Input order is sorted path order, and batches keep it.
    const sources = [...store.articles.values()].map((a) => a.article.source);
    expect(sources).toEqual(Object.keys(ARTICLES).sort().map((name) => join(dir, name)));
  });

  it('stores exactly what the extractor produced for each article', async () => {
    const dir = await corpus();
    const store = new FakeStore();
    const discovery = await discoverInputs([dir]);
    await loadCorpus(discovery, store, { workers: 0, batchSize: 4 });
    for (const source of discovery.sources) {
      const outcome = extractSource(source);
      if (!outcome.ok || !outcome.article) throw new Error(outcome.ok ? 'expected the article graph' : outcome.reason);
      expect(store.articles.get(outcome.id)).toEqual(outcome.article);
    }
  });

  it('retries a refused batch one article at a time so only the bad article is skipped', async () => {
    const dir = await corpus();
    const store = new FakeStore({ rejects: (a) => a.article.title.includes('Minsk') });
    const report = await loadCorpus(await discoverInputs([dir]), store, { workers: 0, batchSize: 3 });
    // Batch 1 (a, b, c) fails whole, then a, b, c alone; batches 2 and 3 go through.
    expect(store.writeSizes).toEqual([3, 1, 1, 1, 3, 1]);
    expect(report.loaded).toBe(6);
    expect(report.skipped).toHaveLength(1);
    expect(report.skipped[0]!.input).toBe(join(dir, 'b-denial.txt'));
    expect(report.skipped[0]!.reason).toMatch(/store refused it \(constraint violated/);
    expect(titles(store)).not.toContain('Minsk denies spying claims');
    expect(store.articles.size).toBe(6);
    expect(new Set(store.commits).size).toBe(store.commits.length);
  });

  it('reports empty, blank, binary and invalid UTF-8 files and loads the good ones', async () => {
    const dir = await corpus({
      'bad/empty.txt': '',
      'bad/blank.md': '  \n\n ',
      'bad/binary.txt': Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2]),
      'bad/latin1.txt': Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x65, 0x77, 0x73]),
      'notes.json': '{"ignored": true}',
    });
    const store = new FakeStore();
    const report = await loadCorpus(await discoverInputs([dir, join(dir, 'missing.txt')]), store, { workers: 0, batchSize: 2 });
    expect(report.loaded).toBe(7);
    expect(store.articles.size).toBe(7);
    const reasons = Object.fromEntries(report.skipped.map((s) => [s.input.replace(`${dir}/`, ''), s.reason]));
    expect(Object.keys(reasons).sort()).toEqual(['bad/binary.txt', 'bad/blank.md', 'bad/empty.txt', 'bad/latin1.txt', 'missing.txt']);
    expect(reasons['bad/empty.txt']).toMatch(/is empty/);
    expect(reasons['bad/blank.md']).toMatch(/white space/);
    expect(reasons['bad/binary.txt']).toMatch(/binary/);
    expect(reasons['bad/latin1.txt']).toMatch(/UTF-8/);
    expect(reasons['missing.txt']).toMatch(/no such file/);
  });

  it('reports a file that vanished or became unreadable between discovery and reading', async () => {
    const dir = await corpus();
    const discovery = await discoverInputs([dir]);
    await writeFile(join(dir, 'a-estonia.txt'), '');
    const report = await loadCorpus(discovery, new FakeStore(), { workers: 0, batchSize: 10 });
    expect(report.loaded).toBe(6);
    expect(report.skipped.map((s) => s.reason)).toEqual([`${join(dir, 'a-estonia.txt')} is empty`]);
  });

  it('stops after the batch being written when the signal fires, and a second run finishes without duplicates', async () => {
    const dir = await corpus();
    const stop = new AbortController();
    const store = new FakeStore({
      duringWrite: () => {
        if (store.writeSizes.length === 2) stop.abort();
      },
    });
    const discovery = await discoverInputs([dir]);
    const first = await loadCorpus(discovery, store, { workers: 0, batchSize: 2, signal: stop.signal });
    expect(first.interrupted).toBe(true);
    expect(store.writeSizes).toEqual([2, 2]);
    expect(first.loaded).toBe(4);
    expect(store.articles.size).toBe(4);

    const second = await loadCorpus(discovery, store, { workers: 0, batchSize: 2 });
    expect(second.interrupted).toBe(false);
    expect(second.alreadyStored).toBe(4);
    expect(second.loaded).toBe(3);
    expect(store.articles.size).toBe(7);
    expect(new Set(store.commits).size).toBe(7);
    expect(store.commits).toHaveLength(7);
  });

  it('is not interrupted when the stop comes while the last batch is written', async () => {
    const dir = await corpus();
    const stop = new AbortController();
    const store = new FakeStore({
      duringWrite: () => {
        if (store.writeSizes.length === 3) stop.abort();
      },
    });
    const report = await loadCorpus(await discoverInputs([dir]), store, { workers: 0, batchSize: 3, signal: stop.signal });
    expect(store.writeSizes).toEqual([3, 3, 1]);
    expect(report).toMatchObject({ loaded: 7, interrupted: false });
  });

  it('writes nothing when stopped before the first batch is full', async () => {
    const dir = await corpus();
    const stop = new AbortController();
    stop.abort();
    const store = new FakeStore();
    const report = await loadCorpus(await discoverInputs([dir]), store, { workers: 0, batchSize: 100, signal: stop.signal });
    expect(report.interrupted).toBe(true);
    expect(store.writeSizes).toEqual([]);
  });

  it('loads the same text twice as one article', async () => {
    const dir = await corpus({ 'z-copy.txt': ARTICLES['a-estonia.txt']! });
    const store = new FakeStore();
    const report = await loadCorpus(await discoverInputs([dir]), store, { workers: 0, batchSize: 3 });
    expect(report.loaded).toBe(7);
    expect(report.alreadyStored).toBe(1);
    expect(store.commits).toHaveLength(7);
  });

  it('stops with the partial report when the store is down', async () => {
    const dir = await corpus();
    const store = new FakeStore({ failAll: new StoreError('STORE_CONNECTION', 'cannot reach the database') });
    const error = await loadCorpus(await discoverInputs([dir]), store, { workers: 0, batchSize: 3 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoadFailedError);
    expect((error as LoadFailedError).message).toBe('cannot reach the database');
    expect((error as LoadFailedError).report.loaded).toBe(0);
    expect(store.writeSizes).toEqual([3]);
  });

  it('stops when every article of a batch is refused on its own', async () => {
    const dir = await corpus();
    const store = new FakeStore({ rejects: () => true });
    const error = await loadCorpus(await discoverInputs([dir]), store, { workers: 0, batchSize: 3 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoadFailedError);
    expect((error as Error).message).toMatch(/refused every article of a batch of 3/);
    expect(store.writeSizes).toEqual([3, 1, 1, 1]);
  });
});
