// The seed article through the real extractor into Kùzu: what an analyst asks of it comes back.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.ts';
import { toGraphml } from '../../src/graph/graphml.ts';
import { listQueryFiles } from '../../src/store/cypherFiles.ts';
import { openStore } from '../../src/store/index.ts';
import type { ArticleGraph, Row, Store } from '../../src/store/types.ts';
import { repoRoot } from '../cli/newsgraph.ts';
import { tempDbPath } from './fixtures.ts';

const SEED = join(repoRoot, 'seeds', 'skripal-expulsions.txt');

function seedArticle(): ArticleGraph {
  const { article, graph } = extractArticle(readFileSync(SEED, 'utf8'), { source: SEED });
  return { article: { id: article.id, title: article.title, source: article.source }, graph: graph.export() };
}

describe('the seed article in the Kùzu store', () => {
  const db = tempDbPath();
  let store: Store;
  const seed = seedArticle();

  async function library(name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    const file = (await listQueryFiles()).find((each) => each.name === name)!;
    return store.query(file.text, params);
  }

  beforeAll(async () => {
    store = await openStore({ db: db.path });
    await store.writeArticles([seed]);
  });
  afterAll(async () => {
    await store.close();
    db.cleanup();
  });

  it('stores every extracted node and edge once, and a second load changes nothing', async () => {
    const counts = await store.counts();
    expect(counts).toEqual({ articles: 1, nodes: seed.graph.nodes!.length, edges: seed.graph.edges!.length });
    await store.writeArticles([seedArticle()]);
    expect(await store.counts()).toEqual(counts);
  });

  it('answers who expelled whom with the numbers the article states', async () => {
    const rows = await library('who-expelled-whom');
    const expelled = (actor: RegExp) => rows.find((row) => actor.test(String(row.actor)) && row.target === 'Russia');
    expect(expelled(/^United Kingdom$/)).toMatchObject({ people_expelled: 23 });
    expect(expelled(/Trump/)).toMatchObject({ people_expelled: 60, actor_kind: 'Person' });
    expect((expelled(/^United Kingdom$/)!.evidence as string[])[0]).toMatch(/^The U\.K\. government expelled 23 Russians/);
  });

  it("pairs Britain's accusation with Moscow's denial", async () => {
    const rows = await library('accusations-denied');
    expect(rows).toContainEqual(expect.objectContaining({ accuser: 'United Kingdom', accused: 'Russia', denial_evidence: expect.stringMatching(/^Moscow has denied responsibility/) }));
  });

  it('finds the congratulation and every expulsion by CAMEO code', async () => {
    const congratulations = await library('congratulations');
    expect(congratulations).toHaveLength(1);
    expect(congratulations[0]).toMatchObject({ actor: expect.stringMatching(/Trump/), target: expect.stringMatching(/Putin/) });
    const expulsions = await library('edges-by-cameo', { cameo: '174' });
    expect(expulsions.length).toBeGreaterThanOrEqual(4);
    expect(new Set(expulsions.map((row) => row.relation))).toEqual(new Set(['EXPELLED']));
  });

  it('exports GraphML that networkx reads with the store counts', async () => {
    const file = join(db.path, '..', 'seed.graphml');
    writeFileSync(file, toGraphml(await store.exportGraph()));
    const counts = await store.counts();
    const read = execFileSync('python3', ['-c', 'import sys, networkx as nx; g = nx.read_graphml(sys.argv[1], force_multigraph=True); print(g.number_of_nodes(), g.number_of_edges(), g.is_directed())', file], { encoding: 'utf8' });
    expect(read.trim()).toBe(`${counts.nodes} ${counts.edges} True`);
  });
});
