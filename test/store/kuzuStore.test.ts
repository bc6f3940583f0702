// The store contract on Kùzu (temporary database files), plus what only the Kùzu store does.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NewsgraphError } from '../../src/errors.ts';
import { KuzuStore } from '../../src/store/kuzu/kuzuStore.ts';
import { openStore } from '../../src/store/index.ts';
import { ARTICLE_UK, ARTICLE_US, tempDbPath } from './fixtures.ts';
import { storeContract } from './storeContract.ts';

let current: { path: string; cleanup: () => void } | undefined;

storeContract('Kùzu', {
  async open(beforeWriteStep) {
    current = tempDbPath();
    const store = await KuzuStore.open({ path: current.path, beforeWriteStep, bufferPoolBytes: 256 * 1024 * 1024 });
    await store.init();
    return store;
  },
  async cleanup() {
    current?.cleanup();
    current = undefined;
  },
});

describe('Kùzu store files and handles', () => {
  it('keeps its data across a close and a read-only reopen, which refuses writes itself', async () => {
    const { path, cleanup } = tempDbPath();
    try {
      const writer = await openStore({ db: path });
      await writer.writeArticles([ARTICLE_UK, ARTICLE_US]);
      const counts = await writer.counts();
      await writer.close();

      const reader = await openStore({ db: path, readOnly: true });
      expect(await reader.counts()).toEqual(counts);
      await expect(reader.query("CREATE (:Article {id: 'x'})")).rejects.toMatchObject({ code: 'QUERY_NOT_READ_ONLY' });
      await expect(reader.writeArticles([ARTICLE_UK])).rejects.toMatchObject({ code: 'STORE_WRITE' });
      expect(await reader.counts()).toEqual(counts);
      await reader.close();
    } finally {
      cleanup();
    }
  });

  it('refuses to open for reading a database that does not exist, creating nothing', async () => {
    const { path, cleanup } = tempDbPath();
    try {
      const error = await openStore({ db: path, readOnly: true }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(NewsgraphError);
      expect((error as NewsgraphError).code).toBe('STORE_CONNECTION');
      expect((error as NewsgraphError).message).toContain(path);
      expect(existsSync(path)).toBe(false);
    } finally {
      cleanup();
    }
  });

  it('says so in one line when --db names a folder', async () => {
    const { path, cleanup } = tempDbPath();
    try {
      mkdirSync(path);
      await expect(openStore({ db: path })).rejects.toMatchObject({ code: 'STORE_CONNECTION', message: expect.stringMatching(/is a directory/) });
    } finally {
      rmSync(path, { recursive: true, force: true });
      cleanup();
    }
  });

  it('sees what a write query changed: a deleted article is written again, a deleted entity comes back with its new kind', async () => {
    const { path, cleanup } = tempDbPath();
    try {
      const store = await openStore({ db: path });
      await store.writeArticles([ARTICLE_UK]);
      const counts = await store.counts();
      expect(await store.storedArticleIds(['a-uk'])).toEqual(new Set(['a-uk']));
      await store.query('MATCH (n) DETACH DELETE n', {}, { write: true });
      expect(await store.storedArticleIds(['a-uk'])).toEqual(new Set());
      await store.writeArticles([ARTICLE_UK]);
      expect(await store.counts()).toEqual(counts);

      await store.query("MATCH (n:State {id: 'russia'}) DETACH DELETE n", {}, { write: true });
      const renamed = structuredClone(ARTICLE_US);
      renamed.article.id = 'a-us-regrouped';
      for (const node of renamed.graph.nodes!) if (node.key === 'russia' && node.attributes) node.attributes.kind = 'Group';
      await store.writeArticles([renamed]);
      const [row] = await store.query("MATCH (n {id: 'russia'}) RETURN n.kind AS kind");
      expect(row).toEqual({ kind: 'Group' });
      await store.close();
    } finally {
      cleanup();
    }
  });

  it('serialises concurrent calls on its one connection', async () => {
    const { path, cleanup } = tempDbPath();
    try {
      const store = await openStore({ db: path });
      const [a, , c] = await Promise.all([store.writeArticles([ARTICLE_UK]), store.query('MATCH (n) RETURN count(n) AS n'), store.writeArticles([ARTICLE_US])]);
      expect(a.edges + c.edges).toBe(13);
      expect((await store.counts()).edges).toBe(13);
      await store.close();
    } finally {
      cleanup();
    }
  });
});

describe('Kùzu store lifecycle', () => {
  it('closes once however often close is called, and refuses work afterwards in one line', async () => {
    const { path, cleanup } = tempDbPath();
    try {
      const store = await openStore({ db: path });
      await Promise.all([store.close(), store.close()]);
      await store.close();
      await expect(store.counts()).rejects.toMatchObject({ code: 'STORE_QUERY', message: expect.stringMatching(/is closed/) });
    } finally {
      cleanup();
    }
  });
});
