// Kùzu's bulk path (empty database -> staged CSV -> one COPY transaction) must store exactly
// what batch-by-batch writes store, and leave nothing behind when it fails.
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KuzuStore } from '../../src/store/kuzu/kuzuStore.ts';
import type { ArticleGraph, BulkLoad } from '../../src/store/types.ts';
import { ARTICLE_UK, ARTICLE_US, articleGraph, RUSSIA, tempDbPath, UK } from './fixtures.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

async function openStore(beforeWriteStep?: (step: string) => void): Promise<{ store: KuzuStore; path: string }> {
  const { path, cleanup } = tempDbPath();
  cleanups.push(cleanup);
  const store = await KuzuStore.open({ path, beforeWriteStep, bufferPoolBytes: 256 * 1024 * 1024 });
  await store.init();
  return { store, path };
}

/** Text a CSV writer can get wrong: quotes, commas, backslashes, line breaks, empty strings. */
const AWKWARD = articleGraph({ id: 'a-awkward', title: '', source: 'odd "name", with\\backslash.txt' }, [UK, RUSSIA], [
  ['united-kingdom', 'ACCUSED', 'russia', 'Britain said: "Russia, again\\ did it",\nand then\r\nsaid more.'],
  ['russia', 'DENIED', 'united-kingdom', ''],
  ['russia', 'CRITICIZED', 'united-kingdom', '"'],
  ['united-kingdom', 'EXPELLED', 'russia', 'Ünïcödé — “curly” ‘quotes’ and a tab\there.', { count: 0, object: 'a "so-called" diplomat' }],
]);
const ARTICLES: ArticleGraph[] = [ARTICLE_UK, ARTICLE_US, AWKWARD];

const stagingFolders = (path: string): string[] => readdirSync(dirname(path)).filter((name) => name.startsWith('.newsgraph-staging-'));

async function bulkLoad(store: KuzuStore): Promise<BulkLoad> {
  const bulk = await store.beginBulkLoad();
  if (!bulk) throw new Error('expected a bulk load on an empty database');
  return bulk;
}

describe('Kùzu bulk load', () => {
  it('stores exactly what batch-by-batch writes store, awkward text included', async () => {
    const batched = await openStore();
    await batched.store.writeArticles([ARTICLE_UK]);
    await batched.store.writeArticles([ARTICLE_US, AWKWARD]);

    const bulked = await openStore();
    const bulk = await bulkLoad(bulked.store);
    await bulk.stage([ARTICLE_UK]);
    expect(stagingFolders(bulked.path)).toHaveLength(1);
    // Nothing reaches the database before the commit.
    expect(await bulked.store.counts()).toEqual({ articles: 0, nodes: 0, edges: 0 });
    await bulk.stage([ARTICLE_US, AWKWARD]);
    const written = await bulk.commit();

    expect(written.articles).toBe(3);
    expect(await bulked.store.counts()).toEqual(await batched.store.counts());
    expect((await bulked.store.exportGraph()).export()).toEqual((await batched.store.exportGraph()).export());
    const evidence = await bulked.store.query("MATCH (:State)-[e:ACCUSED]->(:State) WHERE e.article = 'a-awkward' RETURN e.evidence AS evidence");
    expect(evidence).toEqual([{ evidence: 'Britain said: "Russia, again\\ did it",\nand then\r\nsaid more.' }]);
    expect(await bulked.store.query("MATCH (a:Article {id: 'a-awkward'}) RETURN a.title AS title, a.source AS source")).toEqual([
      { title: '', source: 'odd "name", with\\backslash.txt' },
    ]);
    expect(stagingFolders(bulked.path)).toEqual([]);
    await batched.store.close();
    await bulked.store.close();
  });

  it('copies entities whose aliases a CSV list can carry and merges the others, storing what batch writes store', async () => {
    const odd: ArticleGraph = articleGraph({ id: 'a-odd-aliases', title: 'Odd aliases' }, [
      ['cote-d-ivoire', { name: "Côte d'Ivoire", kind: 'State', aliases: ["Côte d'Ivoire", 'Ivory Coast'], iso: 'CIV' }],
      ['mfa', { name: 'Ministry of Foreign Affairs, Trade', kind: 'Agency', aliases: ['Ministry of Foreign Affairs, Trade', '[MFA]', ' padded '] }],
      ['quoted', { name: 'The "Q" Group', kind: 'Agency', aliases: ['The "Q" Group', 'Q{1}'] }],
      UK,
    ], [['united-kingdom', 'ACCUSED', 'mfa', 'Britain accused the ministry.']]);
    const batched = await openStore();
    await batched.store.writeArticles([ARTICLE_UK, odd]);
    const steps: string[] = [];
    const bulked = await openStore((step) => steps.push(step));
    const bulk = await bulkLoad(bulked.store);
    await bulk.stage([ARTICLE_UK, odd]);
    expect(await bulk.commit()).toMatchObject({ articles: 2, nodes: 6 });
    expect((await bulked.store.exportGraph()).export()).toEqual((await batched.store.exportGraph()).export());
    // States and the people of ARTICLE_UK were copied; every odd one was merged, row by row.
    expect(steps.filter((step) => step.startsWith('bulk:entities'))).toEqual(['bulk:entities:State', 'bulk:entities:Person', 'bulk:entities-merged:State', 'bulk:entities-merged:Agency']);
  });

  it('keeps the kind an entity was first staged with, across articles and within a batch, as batch writes do', async () => {
    // Three articles call one id three kinds; its rows must follow the first, also when a
    // relation's other end is an entity first seen in the same article.
    const asPlace: typeof UK = ['georgia', { name: 'Georgia', kind: 'Place', aliases: ['Georgia'] }];
    const asState: typeof UK = ['georgia', { name: 'Georgia', kind: 'State', aliases: ['Georgia', 'Tbilisi'], iso: 'GEO' }];
    const asGroup: typeof UK = ['georgia', { name: 'Georgia', kind: 'Group', aliases: ['the Georgians'] }];
    const first = articleGraph({ id: 'a-geo-1', title: 'Georgia' }, [asPlace, RUSSIA], [['russia', 'THREATENED', 'georgia', 'Russia threatened Georgia.']]);
    const second = articleGraph({ id: 'a-geo-2', title: 'Tbilisi' }, [asState, UK], [
      ['georgia', 'EXPELLED', 'united-kingdom', 'Tbilisi expelled "two, no three" British envoys.'],
      ['united-kingdom', 'CRITICIZED', 'georgia', 'Britain criticized\nGeorgia.'],
    ]);
    const third = articleGraph({ id: 'a-geo-3', title: 'Georgians' }, [asGroup, RUSSIA], [['georgia', 'ACCUSED', 'russia', '']]);
    const batched = await openStore();
    await batched.store.writeArticles([first]);
    await batched.store.writeArticles([second, third]);

    const bulked = await openStore();
    const bulk = await bulkLoad(bulked.store);
    await bulk.stage([first]);
    await bulk.stage([second, third]);
    await bulk.commit();
    expect((await bulked.store.exportGraph()).export()).toEqual((await batched.store.exportGraph()).export());
    expect(await bulked.store.query("MATCH (g:Place {id: 'georgia'})-[r]-() RETURN count(r) AS n")).toEqual([{ n: 7 }]);
    await batched.store.close();
    await bulked.store.close();
  });

  it('is offered only on an empty, writable database', async () => {
    const { store, path } = await openStore();
    await store.writeArticles([ARTICLE_UK]);
    expect(await store.beginBulkLoad()).toBeUndefined();
    await store.close();
    const reader = await KuzuStore.open({ path, readOnly: true });
    expect(await reader.beginBulkLoad()).toBeUndefined();
    await reader.close();
  });

  it('works from a folder with spaces and accents, and leaves glob characters to batch writes', async () => {
    const { path: base, cleanup } = tempDbPath();
    cleanups.push(cleanup);
    const root = dirname(base);
    for (const [folder, bulkOffered] of [['Ünïcödé news, (2026) ~#', true], ['news [draft]', false], ["it's", false]] as const) {
      mkdirSync(join(root, folder));
      const store = await KuzuStore.open({ path: join(root, folder, 'graph.kuzu'), bufferPoolBytes: 256 * 1024 * 1024 });
      await store.init();
      const bulk = await store.beginBulkLoad();
      expect(bulk !== undefined, folder).toBe(bulkOffered);
      if (bulk) {
        await bulk.stage(ARTICLES);
        await bulk.commit();
      } else {
        await store.writeArticles(ARTICLES);
      }
      expect((await store.counts()).articles).toBe(3);
      await store.close();
    }
  });

  it('refuses to commit over rows written meanwhile, and writes nothing', async () => {
    const { store, path } = await openStore();
    const bulk = await bulkLoad(store);
    await bulk.stage([ARTICLE_US]);
    await store.writeArticles([ARTICLE_UK]);
    const before = await store.counts();
    await expect(bulk.commit()).rejects.toMatchObject({ code: 'STORE_WRITE', message: expect.stringContaining('nothing from the 1 staged article') });
    expect(await store.counts()).toEqual(before);
    expect(stagingFolders(path)).toEqual([]);
    await store.close();
  });

  it.each(['bulk:entities:State', 'bulk:articles', 'bulk:relations:MENTIONS|Article|State', 'bulk:relations:EXPELLED|State|State', 'bulk:empty-strings', 'commit'])(
    'leaves the database empty and usable when the commit fails at %s',
    async (failing) => {
      let armed = true;
      const { store, path } = await openStore((step) => {
        if (armed && step === failing) throw new Error('disk full (injected)');
      });
      const bulk = await bulkLoad(store);
      await bulk.stage(ARTICLES);
      await expect(bulk.commit()).rejects.toMatchObject({ code: 'STORE_WRITE', message: expect.stringContaining('disk full (injected)') });
      expect(await store.counts()).toEqual({ articles: 0, nodes: 0, edges: 0 });
      expect(await store.query('MATCH ()-[r]->() RETURN count(r) AS n')).toEqual([{ n: 0 }]);
      expect(stagingFolders(path)).toEqual([]);

      // The next attempt starts from the same empty database and succeeds.
      armed = false;
      const again = await bulkLoad(store);
      await again.stage(ARTICLES);
      await again.commit();
      const reference = await openStore();
      await reference.store.writeArticles(ARTICLES);
      expect((await store.exportGraph()).export()).toEqual((await reference.store.exportGraph()).export());
      // Batch writes after a bulk load go on as usual.
      await store.writeArticles([articleGraph({ id: 'a-later', title: 'Later' }, [UK, RUSSIA], [['russia', 'SUMMONED', 'united-kingdom', 'Moscow summoned the British ambassador.']])]);
      expect((await store.counts()).articles).toBe(4);
      await reference.store.close();
      await store.close();
    },
  );

  it('stages nothing of a batch that holds a bad article', async () => {
    const { store } = await openStore();
    const bulk = await bulkLoad(store);
    const bad = articleGraph({ id: 'a-bad', title: 'Bad' }, [UK, RUSSIA], [['united-kingdom', 'EXPELLED', 'russia', 'Fine.']]);
    bad.graph.nodes[0]!.attributes = { ...bad.graph.nodes[0]!.attributes, kind: 'Planet' } as never;
    await expect(bulk.stage([ARTICLE_UK, bad])).rejects.toMatchObject({ code: 'STORE_WRITE' });
    expect(bulk.stagedArticleIds(['a-uk', 'a-bad'])).toEqual(new Set());
    await bulk.stage([ARTICLE_UK]);
    expect(bulk.stagedArticleIds(['a-uk', 'a-bad'])).toEqual(new Set(['a-uk']));
    await bulk.commit();
    expect((await store.counts()).articles).toBe(1);
    await store.close();
  });

  it('writes nothing and removes its files when discarded', async () => {
    const { store, path } = await openStore();
    const bulk = await bulkLoad(store);
    await bulk.stage(ARTICLES);
    await bulk.discard();
    expect(stagingFolders(path)).toEqual([]);
    expect(await store.counts()).toEqual({ articles: 0, nodes: 0, edges: 0 });
    await expect(bulk.commit()).rejects.toThrow(/already ended/);
    expect(existsSync(path)).toBe(true);
    await store.close();
  });
});
