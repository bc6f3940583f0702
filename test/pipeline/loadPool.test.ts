import { describe, expect, it } from 'vitest';
import { discoverInputs } from '../../src/pipeline/discoverInputs.ts';
import { extractInOrder } from '../../src/pipeline/extractPool.ts';
import { prestartExtractWorkers, spareWorkerCount } from '../../src/pipeline/spareWorkers.ts';
import { extractWorkerScript } from '../../src/pipeline/extractPoolBundle.ts';
import type { ExtractOutcome, LoadSource } from '../../src/pipeline/loadTypes.ts';
import { loadCorpus } from '../../src/pipeline/loadCorpus.ts';
import { ARTICLES, FakeStore, tempDir, writeTree } from './loadFixtures.ts';

async function collect(outcomes: AsyncIterable<ExtractOutcome>): Promise<ExtractOutcome[]> {
  const all: ExtractOutcome[] = [];
  for await (const outcome of outcomes) all.push(outcome);
  return all;
}

const fakeSources = (names: string[]): LoadSource[] => names.map((path) => ({ kind: 'file', path }));

describe('extraction on worker threads', () => {
  it('runs the TypeScript extractor in real workers and matches extraction on the calling thread', async () => {
    const dir = await writeTree(await tempDir(), { ...ARTICLES, 'bad.txt': '' });
    const { sources } = await discoverInputs([dir]);
    const threaded = await collect(extractInOrder(sources, { workers: 2, window: 3 }));
    const inline = await collect(extractInOrder(sources, { workers: 0 }));
    expect(threaded).toHaveLength(8);
    expect(threaded).toEqual(inline);
    expect(threaded.filter((o) => !o.ok).map((o) => o.input)).toEqual([`${dir}/bad.txt`]);
  });

  it('prepares articles for a bulk load in the workers, as the calling thread would', async () => {
    const dir = await writeTree(await tempDir(), { ...ARTICLES, 'bad.txt': '' });
    const { sources } = await discoverInputs([dir]);
    const threaded = await collect(extractInOrder(sources, { workers: 2, window: 3, prepare: 'kuzu-csv' }));
    expect(threaded).toEqual(await collect(extractInOrder(sources, { workers: 0, prepare: 'kuzu-csv' })));
    const good = threaded.filter((o) => o.ok);
    expect(good).toHaveLength(7);
    for (const outcome of good) {
      expect(outcome.article).toBeUndefined();
      expect(outcome.prepared?.article.id).toBe(outcome.id);
      expect(outcome.prepared?.groups.length).toBeGreaterThan(0);
    }
  });

  it('reports the bytes it read from each file, as found when reading it', async () => {
    const files = { 'a.txt': 'Ankara expels two Austrian diplomats.', 'b.txt': 'Zürich: Bern summons the envoy — again.', 'c.txt': '' };
    const dir = await writeTree(await tempDir(), files);
    const { sources } = await discoverInputs([dir]);
    const sizes = Object.values(files).map((text) => Buffer.byteLength(text));
    expect((await collect(extractInOrder(sources, { workers: 2 }))).map((o) => o.bytes)).toEqual(sizes);
    expect((await collect(extractInOrder(sources, { workers: 0 }))).map((o) => o.bytes)).toEqual(sizes);
  });

  it('takes over workers started ahead of time and ends the ones it does not need', async () => {
    const dir = await writeTree(await tempDir(), ARTICLES);
    const { sources } = await discoverInputs([dir]);
    await prestartExtractWorkers(3);
    expect(spareWorkerCount()).toBe(3);
    const threaded = await collect(extractInOrder(sources, { workers: 2, prepare: 'kuzu-csv' }));
    expect(spareWorkerCount()).toBe(0);
    expect(threaded).toEqual(await collect(extractInOrder(sources, { workers: 0, prepare: 'kuzu-csv' })));
  });

  it('starts workers from the bundled extractor, and the tsx-registered worker it falls back to extracts the same', async () => {
    const script = await extractWorkerScript();
    expect(script).toEqual(expect.stringContaining('extractArticle'));
    const dir = await writeTree(await tempDir(), ARTICLES);
    const { sources } = await discoverInputs([dir]);
    const viaTsx = await collect(extractInOrder(sources, { workers: 1, workerUrl: new URL('../../src/pipeline/extractWorker.js', import.meta.url) }));
    expect(viaTsx).toEqual(await collect(extractInOrder(sources, { workers: 0 })));
  });

  it('falls back to the tsx-registered worker when the bundled script cannot start', async () => {
    const dir = await writeTree(await tempDir(), ARTICLES);
    const { sources } = await discoverInputs([dir]);
    const broken = await collect(extractInOrder(sources, { workers: 2, window: 3, workerScript: 'throw new Error("bundle broken")' }));
    expect(broken).toEqual(await collect(extractInOrder(sources, { workers: 0 })));
  });

  it('loads through workers into a store like the single-thread path', async () => {
    const dir = await writeTree(await tempDir(), ARTICLES);
    const discovery = await discoverInputs([dir]);
    const threaded = new FakeStore();
    const inline = new FakeStore();
    await loadCorpus(discovery, threaded, { workers: 2, batchSize: 2 });
    await loadCorpus(discovery, inline, { workers: 0, batchSize: 2 });
    expect(threaded.commits).toEqual(inline.commits);
    expect([...threaded.articles.entries()]).toEqual([...inline.articles.entries()]);
  });

  it('hands outcomes back in input order with a small window', async () => {
    const names = Array.from({ length: 40 }, (_, i) => `/in/${String(i).padStart(2, '0')}.txt`);
    const outcomes = await collect(
      extractInOrder(fakeSources(names), { workers: 2, window: 4, workerUrl: new URL('./loadCrashingWorker.js', import.meta.url) }),
    );
    expect(outcomes.map((o) => o.input)).toEqual(names);
  });

  it('skips the input a worker died on, retries the ones queued behind it, and carries on', async () => {
    const names = ['/in/1.txt', '/in/2-crash.txt', '/in/3.txt', '/in/4.txt', '/in/5-crash.txt', '/in/6.txt'];
    const outcomes = await collect(
      extractInOrder(fakeSources(names), { workers: 1, workerUrl: new URL('./loadCrashingWorker.js', import.meta.url) }),
    );
    expect(outcomes.map((o) => o.input)).toEqual(names);
    const reasons = outcomes.map((o) => (o.ok ? '' : o.reason));
    expect(reasons[1]).toMatch(/worker crashed on it \(exit code 3\)/);
    expect(reasons[4]).toMatch(/worker crashed on it/);
    expect(reasons.filter((r) => r.startsWith('seen'))).toEqual(['seen /in/1.txt', 'seen /in/3.txt', 'seen /in/4.txt', 'seen /in/6.txt']);
  });

  it('fails the run at once when the workers cannot start', async () => {
    const run = collect(extractInOrder(fakeSources(['/in/1.txt', '/in/2.txt']), { workers: 2, workerUrl: new URL('./loadBrokenWorker.js', import.meta.url) }));
    await expect(run).rejects.toThrow(/extraction workers could not start: module failed to load/);
  });
});
