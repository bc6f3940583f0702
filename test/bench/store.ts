// Store benchmark: how fast writeArticles alone fills a fresh Kùzu database, and how long the
// query library and the export take on a loaded one. The articles are the bench corpus
// (test/bench/corpus.ts) run through our extractor beforehand, so only the store is timed; or, with
// --source synthetic, random graphs spread over every relation type and kind pair (a worst case:
// Kùzu's cost grows with the number of relationship tables a transaction touches).
// Standalone: node --import tsx test/bench/store.ts [--articles 10000] [--batch 500] [--source corpus|synthetic]
// From `npm run bench`: bench(context) extracts context.corpusDir and also times the query
// library on the database `newsgraph load` filled.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { extractArticle } from '../../src/extract/index.ts';
import { edgeId } from '../../src/graph/ids.ts';
import { createGraph } from '../../src/graph/model.ts';
import { CAMEO, RELATION_TYPES, type EntityKind, type RelationType } from '../../src/ontology.ts';
import { listQueryFiles } from '../../src/store/cypherFiles.ts';
import { openStore } from '../../src/store/index.ts';
import type { ArticleGraph, Store } from '../../src/store/types.ts';
import { generateArticle } from './corpus.ts';

export interface StoreLoadOptions {
  articles: number;
  batch: number;
  edgesPerArticle: number;
  entitiesPerArticle: number;
  seed: number;
}

export interface StoreLoadFigures {
  articles: number;
  relations: number;
  mentions: number;
  seconds: number;
  /** CPU time of this process (main thread and Kùzu's threads) over the writes: robust to a busy machine. */
  cpuSeconds: number;
  /** Relations (the extracted edges) written per second. */
  relationsPerSecond: number;
  /** Every relationship written (relations + Article-MENTIONS-entity) per second. */
  edgesPerSecond: number;
  articlesPerSecond: number;
}

function seeded(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const POOL: readonly [EntityKind, number][] = [
  ['State', 200],
  ['Person', 3000],
  ['Agency', 1500],
  ['Group', 300],
  ['Event', 200],
  ['Place', 500],
];

/** Deterministic synthetic article graphs, serialised as the extractor hands them to the loader. */
export function syntheticArticles(options: Omit<StoreLoadOptions, 'batch'>): ArticleGraph[] {
  const random = seeded(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const pool = POOL.flatMap(([kind, size]) => Array.from({ length: size }, (_, index) => ({ id: `${kind.toLowerCase()}-${index}`, kind, name: `${kind} ${index}` })));
  const states = pool.filter((entity) => entity.kind === 'State');
  const articles: ArticleGraph[] = [];
  for (let index = 0; index < options.articles; index += 1) {
    const id = `a-bench-${options.seed}-${index}`;
    const graph = createGraph();
    const members = new Map<string, (typeof pool)[number]>();
    // Most articles involve a few states, as news about diplomacy does.
    while (members.size < options.entitiesPerArticle) {
      const entity = members.size < 3 ? pick(states) : pick(pool);
      members.set(entity.id, entity);
    }
    for (const entity of members.values()) graph.addNode(entity.id, { name: entity.name, kind: entity.kind, aliases: [entity.name, `${entity.name} alias ${index % 7}`], mentions: 1 + Math.floor(random() * 4), articles: [id] });
    const ids = [...members.keys()];
    let offset = 80;
    for (let edge = 0; edge < options.edgesPerArticle; edge += 1) {
      const source = pick(ids);
      let target = pick(ids);
      while (target === source) target = pick(ids);
      const relation: RelationType = pick(RELATION_TYPES);
      const evidence = `Sentence ${edge} of article ${index}: ${members.get(source)!.name} and ${members.get(target)!.name} in a report of some hundred and twenty characters.`;
      const attributes = { relation, evidence, start: offset, end: offset + evidence.length, article: id, confidence: 0.5 + random() / 2, ...(CAMEO[relation] ? { cameo: CAMEO[relation] } : {}), ...(edge % 4 === 0 ? { count: 1 + Math.floor(random() * 100), object: 'diplomats' } : {}) };
      graph.addDirectedEdgeWithKey(edgeId(id, source, relation, target, offset), source, target, attributes);
      offset += evidence.length + 1;
    }
    articles.push({ article: { id, title: `Bench article ${index}`, source: `test/bench/${index}.txt` }, graph: graph.export() });
  }
  return articles;
}

/** Article graphs as the loader hands them to the store, from article texts. */
export function extractedArticles(texts: readonly { name: string; text: string }[]): ArticleGraph[] {
  return texts.map(({ name, text }) => {
    const { article, graph } = extractArticle(text, { source: name });
    return { article: { id: article.id, title: article.title, source: article.source }, graph: graph.export() };
  });
}

/** The bench corpus's first `count` articles for `seed`, extracted. */
export function corpusArticles(seed: number, count: number): ArticleGraph[] {
  return extractedArticles(Array.from({ length: count }, (_, index) => generateArticle(seed, index)));
}

/** Writes the articles in batches into `store` and times writeArticles alone. */
export async function measureStoreLoad(store: Store, articles: readonly ArticleGraph[], batch: number): Promise<StoreLoadFigures> {
  let relations = 0;
  let mentions = 0;
  for (const article of articles) {
    relations += article.graph.edges?.length ?? 0;
    mentions += article.graph.nodes?.length ?? 0;
  }
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  for (let index = 0; index < articles.length; index += batch) await store.writeArticles(articles.slice(index, index + batch));
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return { articles: articles.length, relations, mentions, seconds, cpuSeconds, relationsPerSecond: relations / seconds, edgesPerSecond: (relations + mentions) / seconds, articlesPerSecond: articles.length / seconds };
}

/** Milliseconds each library query takes on a loaded store (parameters: the busiest actor). */
export async function measureQueries(store: Store): Promise<Record<string, number>> {
  const [top] = await store.query("MATCH (a)-[r]->() WHERE r.relation <> 'MENTIONS' RETURN a.name AS name, count(r) AS n ORDER BY n DESC LIMIT 1");
  const params: Record<string, unknown> = { name: top?.name ?? '', cameo: '174' };
  const timings: Record<string, number> = {};
  for (const file of await listQueryFiles()) {
    const started = performance.now();
    await store.query(file.text, Object.fromEntries(file.parameters.map((parameter) => [parameter.name, params[parameter.name]])));
    timings[file.name] = Math.round(performance.now() - started);
  }
  return timings;
}

async function freshLoad(articles: readonly ArticleGraph[], batch: number, say: (line: string) => void): Promise<StoreLoadFigures> {
  const dir = await mkdtemp(join(tmpdir(), 'newsgraph-store-bench-'));
  try {
    const store = await openStore({ db: join(dir, 'bench.db') });
    try {
      const figures = await measureStoreLoad(store, articles, batch);
      const counts = await store.counts();
      say(
        `(store) writeArticles into a fresh Kùzu db: ${figures.articles} articles, ${figures.relations} relations + ${figures.mentions} mentions in ${figures.seconds.toFixed(1)} s (${figures.cpuSeconds.toFixed(1)} s of CPU), ` +
          `batches of ${batch}: ${figures.relationsPerSecond.toFixed(0)} relations/s, ${figures.edgesPerSecond.toFixed(0)} edges/s (mentions included), ${figures.articlesPerSecond.toFixed(0)} articles/s`,
      );
      say(`        stored: ${counts.articles} articles, ${counts.nodes} entities, ${counts.edges} relations`);
      const started = performance.now();
      const graph = await store.exportGraph();
      say(`        exportGraph: ${graph.order} nodes, ${graph.size} edges in ${((performance.now() - started) / 1000).toFixed(2)} s`);
      return figures;
    } finally {
      // Closing checkpoints the write-ahead log into the database file: part of a load's cost.
      const started = performance.now();
      await store.close();
      say(`        close (final checkpoint): ${((performance.now() - started) / 1000).toFixed(2)} s`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Called by `npm run bench` (test/bench/optionalBench.ts) after `newsgraph load` filled context.dbPath. */
export async function bench(context: { corpusDir: string; dbPath: string; say: (line: string) => void }): Promise<Record<string, number>> {
  const names = (await readdir(context.corpusDir)).sort();
  const texts = await Promise.all(names.map(async (name) => ({ name, text: await readFile(join(context.corpusDir, name), 'utf8') })));
  const figures = await freshLoad(extractedArticles(texts), STORE_BATCH, context.say);
  const loaded = await openStore({ db: context.dbPath, readOnly: true });
  let timings: Record<string, number>;
  try {
    timings = await measureQueries(loaded);
  } finally {
    await loaded.close();
  }
  context.say(`(store) query library on the loaded corpus, ms: ${Object.entries(timings).map(([name, ms]) => `${name} ${ms}`).join(', ')}`);
  return {
    store_write_s: Number(figures.seconds.toFixed(2)),
    store_write_cpu_s: Number(figures.cpuSeconds.toFixed(2)),
    store_relations_s: Math.round(figures.relationsPerSecond),
    store_edges_s: Math.round(figures.edgesPerSecond),
    store_slowest_query_ms: Math.max(...Object.values(timings)),
  };
}

/** Articles per writeArticles call in this benchmark. */
const STORE_BATCH = 500;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '10000' },
      batch: { type: 'string', default: String(STORE_BATCH) },
      source: { type: 'string', default: 'corpus' },
      edges: { type: 'string', default: '25' },
      entities: { type: 'string', default: '14' },
      seed: { type: 'string', default: '1' },
    },
  });
  const say = (line: string): void => void process.stdout.write(`${line}\n`);
  const articles = Number(values.articles);
  const seed = Number(values.seed);
  const started = performance.now();
  const graphs =
    values.source === 'synthetic'
      ? syntheticArticles({ articles, seed, edgesPerArticle: Number(values.edges), entitiesPerArticle: Number(values.entities) })
      : corpusArticles(seed, articles);
  say(`(store) ${graphs.length} ${values.source} article graphs prepared in ${((performance.now() - started) / 1000).toFixed(1)} s (not timed below)`);
  const figures = await freshLoad(graphs, Number(values.batch), say);
  say(JSON.stringify({ store_write_s: Number(figures.seconds.toFixed(2)), store_write_cpu_s: Number(figures.cpuSeconds.toFixed(2)), store_relations_s: Math.round(figures.relationsPerSecond), store_edges_s: Math.round(figures.edgesPerSecond) }));
}
