// The loader's batch writing against the real Kùzu store: a batch that fails part-way is rolled
// back whole, and the article-by-article retry leaves exactly the bad article out.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverInputs } from '../../src/pipeline/discoverInputs.ts';
import { extractSource } from '../../src/pipeline/extractSource.ts';
import { type ExtractedArticle, writeBatch } from '../../src/pipeline/loadBatch.ts';
import { KuzuStore } from '../../src/store/kuzu/kuzuStore.ts';
import type { ArticleGraph, Store } from '../../src/store/types.ts';
import { ARTICLES, tempDir, writeTree } from './loadFixtures.ts';

async function extracted(): Promise<ExtractedArticle[]> {
  const dir = await writeTree(await tempDir(), ARTICLES);
  const { sources } = await discoverInputs([dir]);
  return sources.map((source) => {
    const outcome = extractSource(source);
    if (!outcome.ok) throw new Error(outcome.reason);
    return outcome;
  });
}

/** A Kùzu store that fails any transaction holding `poisoned` after writing part of it. */
async function storeFailingOn(path: string, poisoned: string | undefined): Promise<Store> {
  let current: readonly ArticleGraph[] = [];
  const store = await KuzuStore.open({
    path,
    beforeWriteStep: (step) => {
      // Articles, entities and mentions are written by now: a rollback must undo them all.
      if (step === 'commit' && current.some((article) => article.article.id === poisoned)) throw new Error('disk full (injected)');
    },
  });
  await store.init();
  const write = store.writeArticles.bind(store);
  store.writeArticles = (batch) => {
    current = batch;
    return write(batch);
  };
  return store;
}

describe('writeBatch on Kùzu', () => {
  it('isolates the article whose transaction fails and leaves nothing of it behind', async () => {
    const items = await extracted();
    const bad = items[2]!;
    expect(items.every((item) => item.edges + item.nodes > 0)).toBe(true);

    const db = await tempDir();
    const store = await storeFailingOn(join(db, 'poisoned.kuzu'), bad.article.article.id);
    const result = await writeBatch(store, items);
    expect(result.loaded).toBe(items.length - 1);
    expect(result.skipped).toEqual([{ input: bad.input, reason: expect.stringContaining('disk full (injected)') }]);
    expect(await store.storedArticleIds([bad.article.article.id])).toEqual(new Set());
    const withRetry = await store.counts();
    await store.close();

    // The same good articles written cleanly give the same database: no trace of the bad one.
    const clean = await storeFailingOn(join(db, 'clean.kuzu'), undefined);
    await writeBatch(clean, items.filter((item) => item !== bad));
    expect(withRetry).toEqual(await clean.counts());
    expect(withRetry.articles).toBe(items.length - 1);
    await clean.close();
  });
});
