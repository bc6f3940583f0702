// The assertions every store must pass; the Kùzu and Neo4j test files run them against their store.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NewsgraphError } from '../../src/errors.ts';
import { listQueryFiles } from '../../src/store/cypherFiles.ts';
import type { ArticleGraph, Row, Store } from '../../src/store/types.ts';
import { resolvePeopleAcrossArticles } from '../../src/pipeline/resolvePeople.ts';
import { ALL_ARTICLES, ARTICLE_RU, ARTICLE_UK, ARTICLE_UK_AGAIN, ARTICLE_US, articleGraph, countEdges, RUSSIA, UK } from './fixtures.ts';

export interface StoreHarness {
  /** A fresh, empty, initialised store; `beforeWriteStep` is the stores' failure-injection seam. */
  open(beforeWriteStep: (step: string) => void): Promise<Store>;
  /** Removes what `open` made (files, data). */
  cleanup(): Promise<void>;
}

async function expectCode(work: Promise<unknown>, code: string): Promise<NewsgraphError> {
  const error = await work.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error, `expected a ${code} error`).toBeInstanceOf(NewsgraphError);
  expect((error as NewsgraphError).code).toBe(code);
  expect((error as NewsgraphError).message).not.toContain('\n');
  return error as NewsgraphError;
}

const sorted = <T>(values: readonly T[]): T[] => [...values].sort();

/** Runs a library query (by file name) with parameters. */
async function runLibraryQuery(store: Store, name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
  const file = (await listQueryFiles()).find((each) => each.name === name);
  if (!file) throw new Error(`no query file ${name}.cypher`);
  return store.query(file.text, params);
}

/** What each library query must return for ALL_ARTICLES. Every file in cypher/queries needs an entry. */
export const LIBRARY_EXPECTATIONS: Record<string, (store: Store) => Promise<void>> = {
  'who-expelled-whom': async (store) => {
    const rows = await runLibraryQuery(store, 'who-expelled-whom');
    expect(rows.map((row) => [row.actor, row.target, row.expulsions, row.people_expelled])).toEqual([
      ['United States', 'Russia', 2, 60],
      ['United Kingdom', 'Russia', 2, 46],
      ['allies', 'Russia', 1, 100],
      ['Theresa May', 'Russia', 1, 23],
    ]);
    const uk = rows.find((row) => row.actor === 'United Kingdom')!;
    expect(sorted(uk.evidence as string[])).toEqual(['London said 23 diplomats must leave within a week.', 'The U.K. government expelled 23 Russian diplomats.']);
    expect(sorted(uk.articles as string[])).toEqual(['a-uk', 'a-uk-2']);
  },
  'accusations-denied': async (store) => {
    const rows = await runLibraryQuery(store, 'accusations-denied');
    // The US accusation was denied by the Kremlin, not by Russia itself: it must not pair up.
    expect(rows).toEqual([
      {
        accuser: 'United Kingdom',
        accused: 'Russia',
        accusation_evidence: 'Britain accused Russia of the attack.',
        denial_evidence: 'Moscow has denied responsibility for the attack.',
        accusation_article: 'a-uk',
        denial_article: 'a-uk',
      },
    ]);
  },
  'actor-activity': async (store) => {
    const byAlias = await runLibraryQuery(store, 'actor-activity', { name: 'Moscow' });
    expect(byAlias.map((row) => [row.actor, row.relation, row.target])).toEqual([['Russia', 'DENIED', 'United Kingdom']]);
    const uk = await runLibraryQuery(store, 'actor-activity', { name: 'United Kingdom' });
    expect(uk.map((row) => `${String(row.relation)} ${String(row.target)}`)).toEqual(['ACCUSED Russia', 'CRITICIZED Russia', 'EXPELLED Russia', 'EXPELLED Russia', 'SUMMONED Russian Embassy']);
    expect(uk.find((row) => row.article === 'a-uk' && row.relation === 'EXPELLED')).toMatchObject({ count: 23, object: 'diplomats' });
    expect(await runLibraryQuery(store, 'actor-activity', { name: 'Nobody' })).toEqual([]);
  },
  'most-active-actors': async (store) => {
    const rows = await runLibraryQuery(store, 'most-active-actors');
    expect(rows[0]).toMatchObject({ actor: 'United Kingdom', kind: 'State', relations: 5, targets: 2 });
    expect(sorted(rows[0]!.relation_types as string[])).toEqual(['ACCUSED', 'CRITICIZED', 'EXPELLED', 'SUMMONED']);
    expect(rows.map((row) => [row.actor, row.relations])).toEqual([
      ['United Kingdom', 5],
      ['United States', 3],
      ['Theresa May', 2],
      ['Donald Trump', 1],
      ['Kremlin', 1],
      ['Russia', 1],
      ['Vladimir Putin', 1],
      ['allies', 1],
    ]);
  },
  'people-and-offices': async (store) => {
    const rows = await runLibraryQuery(store, 'people-and-offices');
    expect(rows.map((row) => [row.person, row.title, row.role, row.organisation])).toEqual([
      ['Donald Trump', 'President', null, null],
      ['Theresa May', 'Prime Minister', 'HOLDS_OFFICE', 'United Kingdom'],
      ['Vladimir Putin', null, 'LEADS', 'Russia'],
    ]);
  },
  'articles-mentioning': async (store) => {
    const may = await runLibraryQuery(store, 'articles-mentioning', { name: 'Theresa May' });
    expect(may).toEqual([{ entity: 'Theresa May', article: 'a-uk', title: 'Britain expels 23 Russian diplomats', source: 'a-uk.txt', mentions: 1 }]);
    const russia = await runLibraryQuery(store, 'articles-mentioning', { name: 'Russian Federation' });
    expect(russia.map((row) => row.article)).toEqual(['a-uk', 'a-uk-2', 'a-us']);
  },
  neighbourhood: async (store) => {
    const rows = await runLibraryQuery(store, 'neighbourhood', { name: 'Russia' });
    expect(rows.map((row) => row.neighbour)).toEqual(['Theresa May', 'United Kingdom', 'United States', 'Vladimir Putin', 'allies']);
    const uk = rows.find((row) => row.neighbour === 'United Kingdom')!;
    expect(sorted(uk.via as string[])).toEqual(['ACCUSED', 'CRITICIZED', 'DENIED', 'EXPELLED']);
    expect(sorted(uk.second_hop as string[])).toEqual(['Russian Embassy', 'Theresa May']);
    expect(rows.find((row) => row.neighbour === 'allies')!.second_hop).toEqual([]);
  },
  'edges-by-cameo': async (store) => {
    const expulsions = await runLibraryQuery(store, 'edges-by-cameo', { cameo: '174' });
    expect(expulsions).toHaveLength(6);
    expect(expulsions.every((row) => row.relation === 'EXPELLED' && row.cameo === '174')).toBe(true);
    const denials = await runLibraryQuery(store, 'edges-by-cameo', { cameo: '016' });
    expect(denials.map((row) => [row.actor, row.target])).toEqual([
      ['Kremlin', 'United States'],
      ['Russia', 'United Kingdom'],
    ]);
  },
  congratulations: async (store) => {
    expect(await runLibraryQuery(store, 'congratulations')).toEqual([
      { actor: 'Donald Trump', target: 'Vladimir Putin', evidence: 'Trump called Putin to congratulate him on his reelection.', article: 'a-us' },
    ]);
  },
  'graph-overview': async (store) => {
    expect(await runLibraryQuery(store, 'graph-overview')).toEqual([
      { kind: 'Article', nodes: 3 },
      { kind: 'Person', nodes: 3 },
      { kind: 'State', nodes: 3 },
      { kind: 'Agency', nodes: 2 },
      { kind: 'Group', nodes: 1 },
    ]);
  },
};

const ENTITY_IDS = ['allies', 'donald-trump', 'kremlin', 'russia', 'russian-embassy', 'theresa-may', 'united-kingdom', 'united-states', 'vladimir-putin'];

export function storeContract(name: string, harness: StoreHarness): void {
  describe(`${name} store`, () => {
    let store: Store;
    let failAt: string | undefined;

    beforeEach(async () => {
      failAt = undefined;
      store = await harness.open((step) => {
        if (failAt !== undefined && step.startsWith(failAt)) throw new Error(`injected failure at ${step}`);
      });
    });

    afterEach(async () => {
      await store.close();
      await harness.cleanup();
    });

    it('writes whole articles and counts articles, entities and relationships', async () => {
      const result = await store.writeArticles([ARTICLE_UK]);
      expect(result).toEqual({ articles: 1, nodes: 3, edges: 5 });
      expect(await store.counts()).toEqual({ articles: 1, nodes: 3, edges: 5 });
    });

    it('changes nothing when the same article is written again', async () => {
      await store.writeArticles([ARTICLE_UK, ARTICLE_US]);
      const before = await store.counts();
      const graphBefore = (await store.exportGraph()).export();
      await store.writeArticles([ARTICLE_UK]);
      await store.writeArticles([ARTICLE_US, ARTICLE_UK]);
      expect(await store.counts()).toEqual(before);
      expect((await store.exportGraph()).export()).toEqual(graphBefore);
    });

    it('merges entities across articles and keeps every reported event as its own edge', async () => {
      await store.writeArticles([ARTICLE_UK]);
      await store.writeArticles([ARTICLE_US, ARTICLE_UK_AGAIN]);
      expect(await store.counts()).toEqual({ articles: 3, nodes: ENTITY_IDS.length, edges: countEdges(ALL_ARTICLES) });
      const graph = await store.exportGraph();
      expect(sorted(graph.nodes())).toEqual(ENTITY_IDS);
      // Russia is one node, named by all three articles, with every alias they used.
      expect(graph.getNodeAttributes('russia')).toMatchObject({ name: 'Russia', kind: 'State', iso: 'RUS', mentions: 3, articles: ['a-uk', 'a-uk-2', 'a-us'] });
      expect(sorted(graph.getNodeAttribute('russia', 'aliases'))).toEqual(['Moscow', 'Russia', 'Russian Federation']);
      expect(sorted(graph.getNodeAttribute('united-kingdom', 'aliases'))).toEqual(['Britain', 'London', 'U.K.', 'United Kingdom']);
      // Two articles reporting the UK expulsion: two edges; two sentences in one article: two edges.
      const expelled = (source: string) => graph.filterDirectedEdges(source, 'russia', (_key, attributes) => attributes.relation === 'EXPELLED');
      expect(expelled('united-kingdom').map((key) => graph.getEdgeAttribute(key, 'article')).sort()).toEqual(['a-uk', 'a-uk-2']);
      expect(expelled('united-states')).toHaveLength(2);
    });

    it('exports the stored graph with the extractor edge keys and attributes', async () => {
      await store.writeArticles(ALL_ARTICLES);
      const graph = await store.exportGraph();
      const expectedKeys = ALL_ARTICLES.flatMap((article) => article.graph.edges!.map((edge) => edge.key!));
      expect(sorted(graph.edges())).toEqual(sorted(expectedKeys));
      const source = ARTICLE_UK.graph.edges![0]!;
      expect(graph.getEdgeAttributes(source.key!)).toEqual({ ...source.attributes });
      expect(graph.source(source.key!)).toBe(source.source);
      expect(graph.target(source.key!)).toBe(source.target);
      const uncounted = ARTICLE_US.graph.edges![1]!;
      expect(graph.getEdgeAttributes(uncounted.key!)).not.toHaveProperty('count');
      expect(graph.getNodeAttributes('theresa-may')).toMatchObject({ title: 'Prime Minister', kind: 'Person' });
    });

    it('tells which articles are stored', async () => {
      expect(await store.storedArticleIds(['a-uk'])).toEqual(new Set());
      await store.writeArticles([ARTICLE_UK]);
      expect(await store.storedArticleIds(['a-uk', 'a-us', 'a-nope'])).toEqual(new Set(['a-uk']));
      expect(await store.storedArticleIds([])).toEqual(new Set());
    });

    it('adds only the new edges when an article comes back with more of them', async () => {
      await store.writeArticles([ARTICLE_UK]);
      const longer = articleGraph({ id: 'a-uk', title: 'Britain expels 23 Russian diplomats' }, [UK, RUSSIA], [
        ['united-kingdom', 'EXPELLED', 'russia', 'The U.K. government expelled 23 Russian diplomats.', { count: 23, object: 'diplomats' }],
        ['united-kingdom', 'THREATENED', 'russia', 'Britain threatened further measures.', { start: 5000 }],
      ]);
      await store.writeArticles([longer]);
      expect(await store.counts()).toEqual({ articles: 1, nodes: 3, edges: 6 });
    });

    it('keeps the kind an entity was first stored with', async () => {
      await store.writeArticles([ARTICLE_UK]);
      const confused = articleGraph({ id: 'a-odd', title: 'Moscow group' }, [['russia', { name: 'Russia', kind: 'Group', aliases: ['Russia', 'the Russians'] }], UK], [
        ['russia', 'CRITICIZED', 'united-kingdom', 'The Russians criticised London.'],
      ]);
      await store.writeArticles([confused]);
      const graph = await store.exportGraph();
      expect(graph.order).toBe(3);
      expect(graph.getNodeAttributes('russia')).toMatchObject({ kind: 'State' });
      expect(graph.getNodeAttribute('russia', 'aliases')).toContain('the Russians');
    });

    for (const step of ['entities', 'mentions', 'relations', 'commit']) {
      it(`leaves no trace of a batch that fails at ${step}`, async () => {
        await store.writeArticles([ARTICLE_UK]);
        const before = await store.counts();
        const graphBefore = (await store.exportGraph()).export();
        failAt = step;
        await expectCode(store.writeArticles([ARTICLE_US, ARTICLE_UK_AGAIN]), 'STORE_WRITE');
        failAt = undefined;
        expect(await store.counts()).toEqual(before);
        expect((await store.exportGraph()).export()).toEqual(graphBefore);
        expect(await store.storedArticleIds(['a-us', 'a-uk-2'])).toEqual(new Set());
        // The store is still usable, and the same batch goes through once the fault is gone.
        await store.writeArticles([ARTICLE_US, ARTICLE_UK_AGAIN]);
        expect(await store.counts()).toEqual({ articles: 3, nodes: ENTITY_IDS.length, edges: countEdges(ALL_ARTICLES) });
      });
    }

    describe('merging people', () => {
      const PUTIN_MERGE = [{ from: 'putin', into: 'vladimir-putin' }];

      it('moves every relationship and mention of one person to the other, keys and evidence kept', async () => {
        await store.writeArticles([ARTICLE_US, ARTICLE_RU]);
        const before = await store.counts();
        expect(await store.mergePeople(PUTIN_MERGE)).toBe(1);
        expect(await store.counts()).toEqual({ articles: 2, nodes: before.nodes - 1, edges: before.edges });
        const graph = await store.exportGraph();
        expect(graph.hasNode('putin')).toBe(false);
        for (const edge of ARTICLE_RU.graph.edges!) {
          const ends = [graph.source(edge.key!), graph.target(edge.key!)];
          expect(ends).toContain('vladimir-putin');
          expect(graph.getEdgeAttributes(edge.key!)).toEqual({ ...edge.attributes });
        }
        expect(graph.getNodeAttributes('vladimir-putin')).toMatchObject({ name: 'Vladimir Putin', title: 'President', articles: ['a-ru', 'a-us'] });
        expect(sorted(graph.getNodeAttribute('vladimir-putin', 'aliases'))).toEqual(['President Putin', 'Putin', 'Vladimir Putin']);
      });

      it('finds the merge itself from what the store holds, once', async () => {
        await store.writeArticles([ARTICLE_RU, ARTICLE_UK]);
        expect(await resolvePeopleAcrossArticles(store)).toBe(0); // no full name yet
        await store.writeArticles([ARTICLE_US]);
        expect(await resolvePeopleAcrossArticles(store)).toBe(1);
        expect(await resolvePeopleAcrossArticles(store)).toBe(0);
        const graph = await store.exportGraph();
        expect(graph.hasNode('putin')).toBe(false);
        expect(graph.hasNode('theresa-may')).toBe(true); // a different person with no short form: untouched
      });

      it('merges nothing when a step fails, nor into a person that is not stored', async () => {
        await store.writeArticles([ARTICLE_US, ARTICLE_RU]);
        const graphBefore = (await store.exportGraph()).export();
        failAt = 'merge';
        await expectCode(store.mergePeople(PUTIN_MERGE), 'STORE_WRITE');
        failAt = undefined;
        await expectCode(store.mergePeople([{ from: 'putin', into: 'vladimir-putin' }, { from: 'putin', into: 'nobody' }]), 'STORE_WRITE');
        expect((await store.exportGraph()).export()).toEqual(graphBefore);
      });
    });

    it('refuses a batch holding a poisoned row, writing none of it', async () => {
      const poisoned: ArticleGraph = structuredClone(ARTICLE_UK_AGAIN);
      (poisoned.graph.edges![1]!.attributes as unknown as Record<string, unknown>).start = 'not a number';
      await expectCode(store.writeArticles([ARTICLE_US, poisoned]), 'STORE_WRITE');
      expect(await store.counts()).toEqual({ articles: 0, nodes: 0, edges: 0 });
    });

    for (const [what, statement] of [
      ['CREATE', "CREATE (:Article {id: 'intruder', kind: 'Article'})"],
      ['MERGE', "MERGE (a:Article {id: 'intruder'}) RETURN a.id"],
      ['SET', "MATCH (n:State) SET n.name = 'renamed' RETURN n.name"],
      ['DELETE', 'MATCH (n) DETACH DELETE n'],
    ] as const) {
      it(`refuses a ${what} query unless writes are allowed, changing nothing`, async () => {
        await store.writeArticles([ARTICLE_UK]);
        const graphBefore = (await store.exportGraph()).export();
        const error = await expectCode(store.query(statement), 'QUERY_NOT_READ_ONLY');
        expect(error.message).toMatch(/--write/);
        expect(await store.counts()).toEqual({ articles: 1, nodes: 3, edges: 5 });
        expect((await store.exportGraph()).export()).toEqual(graphBefore);
      });
    }

    it('runs a write query when writes are allowed', async () => {
      await store.writeArticles([ARTICLE_UK]);
      const rows = await store.query('MATCH (a:Article {id: $id}) SET a.title = $title RETURN a.title AS title', { id: 'a-uk', title: 'Renamed' }, { write: true });
      expect(rows).toEqual([{ title: 'Renamed' }]);
      expect(await store.query('MATCH (a:Article) RETURN a.title AS title')).toEqual([{ title: 'Renamed' }]);
    });

    it('returns nodes and relationships as plain values and reports a bad query in one line', async () => {
      await store.writeArticles([ARTICLE_UK]);
      const [row] = await store.query("MATCH (n:Person)-[r:HOLDS_OFFICE]->(s) RETURN n, r, s.name AS state, 40000000000 AS big");
      expect(row!.n).toMatchObject({ _label: 'Person', id: 'theresa-may', name: 'Theresa May' });
      expect(row!.r).toMatchObject({ _type: 'HOLDS_OFFICE', relation: 'HOLDS_OFFICE', key: ARTICLE_UK.graph.edges![4]!.key });
      expect(row).toMatchObject({ state: 'United Kingdom', big: 40000000000 });
      await expectCode(store.query('MATCH (n RETURN n'), 'STORE_QUERY');
    });

    describe('query library', () => {
      it('has an expectation for every file in cypher/queries', async () => {
        expect(sorted((await listQueryFiles()).map((file) => file.name))).toEqual(sorted(Object.keys(LIBRARY_EXPECTATIONS)));
      });
      for (const [file, check] of Object.entries(LIBRARY_EXPECTATIONS)) {
        it(`${file}.cypher returns what the fixtures hold`, async () => {
          await store.writeArticles(ALL_ARTICLES);
          await check(store);
        });
      }
    });
  });
}
