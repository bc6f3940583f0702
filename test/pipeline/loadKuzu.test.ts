// The loader against the real Kùzu store: a batch that fails part-way is rolled back whole, the
// article-by-article retry leaves exactly the bad article out, and the bulk path (empty
// database) stops, resumes and fails as cleanly as batch-by-batch writes.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { StoreError } from '../../src/errors.ts';
import { discoverInputs } from '../../src/pipeline/discoverInputs.ts';
import { LoadFailedError, loadCorpus } from '../../src/pipeline/loadCorpus.ts';
import { extractSource } from '../../src/pipeline/extractSource.ts';
import { type ExtractedArticle, storeTarget, writeBatch } from '../../src/pipeline/loadBatch.ts';
import { bulkRowFormatAhead } from '../../src/store/index.ts';
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
    const store = await storeFailingOn(join(db, 'poisoned.kuzu'), bad.id);
    const result = await writeBatch(storeTarget(store), items);
    expect(result.loaded).toBe(items.length - 1);
    expect(result.skipped).toEqual([{ input: bad.input, reason: expect.stringContaining('disk full (injected)') }]);
    expect(await store.storedArticleIds([bad.id])).toEqual(new Set());
    const withRetry = await store.counts();
    await store.close();

    // The same good articles written cleanly give the same database: no trace of the bad one.
    const clean = await storeFailingOn(join(db, 'clean.kuzu'), undefined);
    await writeBatch(storeTarget(clean), items.filter((item) => item !== bad));
    expect(withRetry).toEqual(await clean.counts());
    expect(withRetry.articles).toBe(items.length - 1);
    await clean.close();
  });
});

async function openKuzu(path: string, beforeWriteStep?: (step: string) => void): Promise<KuzuStore> {
  const store = await KuzuStore.open({ path, beforeWriteStep, bufferPoolBytes: 256 * 1024 * 1024 });
  await store.init();
  return store;
}

describe('loadCorpus on Kùzu, bulk path', () => {
  it('writes what it staged when stopped, and a second run finishes the job as one run would', async () => {
    const dir = await writeTree(await tempDir(), ARTICLES);
    const discovery = await discoverInputs([dir]);
    const db = await tempDir();
    const stop = new AbortController();
    const store = await openKuzu(join(db, 'stopped.kuzu'));
    const first = await loadCorpus(discovery, store, {
      workers: 0,
      batchSize: 2,
      signal: stop.signal,
      onProgress: (progress) => {
        if (progress.loaded === 4) stop.abort();
      },
    });
    expect(first).toMatchObject({ interrupted: true, loaded: 4, bulk: true });
    expect((await store.counts()).articles).toBe(4);
    // The second run finds a database with articles: batch by batch, the stored four skipped.
    const second = await loadCorpus(discovery, store, { workers: 0, batchSize: 2 });
    expect(second).toMatchObject({ interrupted: false, loaded: 3, alreadyStored: 4, bulk: false });

    const once = await openKuzu(join(db, 'once.kuzu'));
    const whole = await loadCorpus(discovery, once, { workers: 0, batchSize: 2 });
    expect(whole.loaded).toBe(7);
    expect(await store.counts()).toEqual(await once.counts());
    expect((await store.exportGraph()).export()).toEqual((await once.exportGraph()).export());
    await store.close();
    await once.close();
    expect(readdirSync(db).filter((name) => name.startsWith('.newsgraph-staging-'))).toEqual([]);
  });

  it('reports nothing loaded and leaves an empty database when the final write fails', async () => {
    const dir = await writeTree(await tempDir(), ARTICLES);
    const db = await tempDir();
    const store = await openKuzu(join(db, 'failing.kuzu'), (step) => {
      if (step === 'commit') throw new Error('disk full (injected)');
    });
    const error = await loadCorpus(await discoverInputs([dir]), store, { workers: 0, batchSize: 3 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LoadFailedError);
    expect((error as LoadFailedError).message).toMatch(/nothing from the 7 staged article\(s\) was written: disk full \(injected\)/);
    expect((error as LoadFailedError).report).toMatchObject({ loaded: 0, edges: 0 });
    expect(await store.counts()).toEqual({ articles: 0, nodes: 0, edges: 0 });
    await store.close();
    expect(readdirSync(db).filter((name) => name.startsWith('.newsgraph-staging-'))).toEqual([]);
  });

  it('extracts while the store opens when the row format is known ahead, and restarts when the guess is wrong', async () => {
    const dir = await writeTree(await tempDir(), ARTICLES);
    const discovery = await discoverInputs([dir]);
    const db = await tempDir();
    const path = join(db, 'early.kuzu');
    // Nothing at the path yet: a load there will be a bulk load in the Kùzu CSV format.
    expect(bulkRowFormatAhead({ db: path })).toBe('kuzu-csv');
    expect(bulkRowFormatAhead({ db: path, neo4jUri: 'bolt://localhost:7687' })).toBeUndefined();
    const report = await loadCorpus(discovery, openKuzu(path), { workers: 2, batchSize: 3, expectedRowFormat: 'kuzu-csv' });
    expect(report).toMatchObject({ loaded: 7, bulk: true });
    expect(bulkRowFormatAhead({ db: path })).toBeUndefined(); // it exists now
    const reference = await openKuzu(join(db, 'reference.kuzu'));
    await loadCorpus(discovery, reference, { workers: 0, batchSize: 3 });
    const early = await openKuzu(path);
    expect((await early.exportGraph()).export()).toEqual((await reference.exportGraph()).export());
    // A wrong guess (the database holds articles, so no bulk load): the run starts over, batch by batch.
    const again = await loadCorpus(discovery, early, { workers: 2, batchSize: 3, expectedRowFormat: 'kuzu-csv' });
    expect(again).toMatchObject({ loaded: 0, alreadyStored: 7, bulk: false });
    expect(await early.counts()).toEqual(await reference.counts());
    await early.close();
    await reference.close();
  });

  it('ends the workers it started and reports the store error when the store cannot open', async () => {
    const dir = await writeTree(await tempDir(), ARTICLES);
    const discovery = await discoverInputs([dir]);
    // Rejected on the next turn, while the early workers run (and handled by loadCorpus by then).
    const refused = new Promise<never>((_resolve, reject) => setImmediate(() => reject(new StoreError('STORE_CONNECTION', 'cannot open (injected)'))));
    const error = await loadCorpus(discovery, refused, { workers: 2, batchSize: 3, expectedRowFormat: 'kuzu-csv' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).message).toBe('cannot open (injected)');
  });

  it('writes batch by batch with bulk turned off', async () => {
    const dir = await writeTree(await tempDir(), ARTICLES);
    const db = await tempDir();
    const steps: string[] = [];
    const store = await openKuzu(join(db, 'batched.kuzu'), (step) => steps.push(step));
    await loadCorpus(await discoverInputs([dir]), store, { workers: 0, batchSize: 3, bulk: false });
    expect(steps.filter((step) => step === 'commit')).toHaveLength(3);
    expect(steps.some((step) => step.startsWith('bulk:'))).toBe(false);
    await store.close();
  });
});

describe('loadCorpus on Kùzu, entities across articles', () => {
  // Invented for this test: one state named three ways in two articles, two people sharing a surname.
  const NAMED_APART: Record<string, string> = {
    'a1.txt': 'Britain expels two Russian diplomats\n\nBritain expelled two Russian diplomats on Monday, Foreign Secretary Anna Clarke said. Clarke said the diplomats had been spying.\n',
    'a2.txt': 'U.K. summons Iranian envoy\n\nThe U.K. summoned the Iranian ambassador on Tuesday after London accused Tehran of plotting an attack.\n',
    'a3.txt': 'Canadian senator blames Moscow\n\nTom Clarke, a Canadian senator, accused Russia of interfering in the election. Clarke did not give details.\n',
    'a4.txt': 'Ottawa congratulates new leader\n\nCanada congratulated Sweden on its new government, and Prime Minister Maria Berg thanked Ottawa.\n',
  };

  it.each([true, false])('makes one node of a state however each article names it, and keeps namesakes apart (bulk: %s)', async (bulk) => {
    const dir = await writeTree(await tempDir(), NAMED_APART);
    const store = await openKuzu(join(await tempDir(), 'resolved.kuzu'));
    const report = await loadCorpus(await discoverInputs([dir]), store, { workers: 0, batchSize: 2, bulk });
    expect(report).toMatchObject({ loaded: 4, bulk });

    const uk = await store.query("MATCH (s:State {id: 'united-kingdom'}) RETURN s.name AS name, s.aliases AS aliases");
    expect(uk).toHaveLength(1);
    expect(uk[0]!.name).toBe('United Kingdom');
    expect(uk[0]!.aliases).toEqual(expect.arrayContaining(['Britain', 'U.K.', 'London']));
    const ukArticles = await store.query("MATCH (a:Article)-[:MENTIONS]->(s:State {id: 'united-kingdom'}) RETURN a.title AS title ORDER BY title");
    expect(ukArticles.map((row) => row.title)).toEqual(['Britain expels two Russian diplomats', 'U.K. summons Iranian envoy']);
    const canada = await store.query("MATCH (s:State) WHERE s.name = 'Canada' OR 'Ottawa' IN s.aliases RETURN s.id AS id");
    expect(canada).toEqual([{ id: 'canada' }]);
    const russia = await store.query("MATCH (s:State {id: 'russia'}) RETURN s.aliases AS aliases");
    expect(russia[0]!.aliases).toEqual(expect.arrayContaining(['Russia', 'Moscow']));

    // Two Clarkes in two articles: two people, and each article's accusation or silence stays with its own.
    const clarkes = await store.query("MATCH (p:Person) WHERE p.name ENDS WITH 'Clarke' RETURN p.name AS name, p.title AS title ORDER BY name");
    expect(clarkes).toEqual([
      { name: 'Anna Clarke', title: 'Foreign Secretary' },
      { name: 'Tom Clarke', title: null },
    ]);
    const accusers = await store.query("MATCH (p:Person)-[:ACCUSED]->(s:State) RETURN p.name AS name, s.name AS target");
    expect(accusers).toEqual([{ name: 'Tom Clarke', target: 'Russia' }]);
    await store.close();
  });

  // Invented for this test: a president named in full in one article and by surname in another,
  // and a minister of another state with the same surname.
  const SURNAME_ONLY: Record<string, string> = {
    'p1.txt': 'Moldova accuses Russia of funding protests\n\nMoldovan President Elena Vasile accused Russia of funding the protests on Monday.\n',
    'p2.txt': 'Chisinau congratulates Bucharest\n\nMoldovan President Vasile congratulated Romania on its election on Friday.\n',
    'p3.txt': 'Bucharest minister criticises Kyiv\n\nRomanian Foreign Minister Andrei Vasile accused Ukraine of ignoring the ruling.\n',
  };
  const peopleAndActs = (store: Store) =>
    store.query('MATCH (p:Person)-[r]->(x) RETURN p.id AS person, label(r) AS relation, x.id AS target, r.evidence AS evidence ORDER BY person, relation, evidence');

  it.each([true, false])('folds a surname into the one full name of the same state, whichever article comes first (bulk: %s)', async (bulk) => {
    const dir = await writeTree(await tempDir(), SURNAME_ONLY);
    const store = await openKuzu(join(await tempDir(), 'people.kuzu'));
    const report = await loadCorpus(await discoverInputs([dir]), store, { workers: 0, batchSize: 2, bulk });
    expect(report).toMatchObject({ loaded: 3, peopleMerged: 1 });
    const rows = await peopleAndActs(store);
    expect(rows.filter((row) => row.relation === 'CONGRATULATED')).toEqual([
      { person: 'elena-vasile', relation: 'CONGRATULATED', target: 'romania', evidence: 'Moldovan President Vasile congratulated Romania on its election on Friday.' },
    ]);
    expect(rows.filter((row) => row.person === 'andrei-vasile').map((row) => row.relation)).toEqual(['ACCUSED', 'HOLDS_OFFICE']);
    expect(await store.query("MATCH (p:Person {id: 'vasile'}) RETURN p.id")).toEqual([]);
    const mentions = await store.query("MATCH (a:Article)-[:MENTIONS]->(p:Person {id: 'elena-vasile'}) RETURN a.title AS title ORDER BY title");
    expect(mentions.map((row) => row.title)).toEqual(['Chisinau congratulates Bucharest', 'Moldova accuses Russia of funding protests']);

    // The surname's article first, the full name in a later run: the same graph, and a third run adds nothing.
    const split = await openKuzu(join(await tempDir(), 'split.kuzu'));
    const first = await loadCorpus(await discoverInputs([join(dir, 'p2.txt'), join(dir, 'p3.txt')]), split, { workers: 0, batchSize: 2, bulk });
    expect(first.peopleMerged).toBe(0);
    const second = await loadCorpus(await discoverInputs([dir]), split, { workers: 0, batchSize: 2, bulk });
    expect(second).toMatchObject({ loaded: 1, alreadyStored: 2, peopleMerged: 1 });
    expect((await split.exportGraph()).export()).toEqual((await store.exportGraph()).export());
    const counts = await split.counts();
    expect(await loadCorpus(await discoverInputs([dir]), split, { workers: 0, batchSize: 2 })).toMatchObject({ loaded: 0, peopleMerged: 0 });
    expect(await split.counts()).toEqual(counts);
    await split.close();
    await store.close();
  });

  it('keeps two states\' people of one bare surname apart, and folds a bare one of no state into the one with a state', async () => {
    const dir = await writeTree(await tempDir(), {
      'h1.txt': 'Speaker blames Beijing\n\nU.S. House Speaker Hale accused China of stealing technology on Tuesday.\n',
      'h2.txt': 'London blames Moscow\n\nBritish Prime Minister Hale accused Russia of lying on Wednesday.\n',
      'k1.txt': 'Kenya hails vote\n\nKenyan President Odera congratulated Tanzania on its election on Monday.\n',
      'k2.txt': 'Odera speaks\n\nMr. Odera accused Somalia of harbouring militants, his office said on Friday.\n',
    });
    const store = await openKuzu(join(await tempDir(), 'namesakes.kuzu'));
    const report = await loadCorpus(await discoverInputs([dir]), store, { workers: 0, batchSize: 10 });
    expect(report).toMatchObject({ loaded: 4, peopleMerged: 1 });
    const rows = await peopleAndActs(store);
    expect(rows.filter((row) => row.relation === 'ACCUSED').map((row) => [row.person, row.target])).toEqual([
      ['hale-gbr', 'russia'],
      ['hale-usa', 'china'],
      ['odera-ken', 'somalia'],
    ]);
    await store.close();
  });
});
