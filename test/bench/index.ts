// `npm run bench`: generates a synthetic corpus from a seed, then measures our extraction on one
// thread, compromise on the same texts, the full `newsgraph load` into a fresh Kùzu database,
// peak memory, and the store and viewer benchmarks when they exist. The last line printed is
// one JSON object with the headline figures.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus } from './corpus.ts';
import { measureCompromise, measureOurExtraction } from './measureExtraction.ts';
import { DEFAULT_BATCH_SIZE, defaultWorkerCount } from '../../src/pipeline/loadCorpus.ts';
import { measureLoad, peakRssOf } from './measureLoad.ts';
import { runOptionalBench } from './optionalBench.ts';

const { values } = parseArgs({
  allowNegative: true,
  options: {
    articles: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    workers: { type: 'string', default: String(defaultWorkerCount()) },
    batch: { type: 'string', default: String(DEFAULT_BATCH_SIZE) },
    'compromise-articles': { type: 'string', default: '500' },
    // The load is timed this many times into a fresh database; its figures are the median run's.
    'load-runs': { type: 'string', default: '3' },
    keep: { type: 'boolean', default: false },
    // --no-extras: only our four measurements, without the store and viewer benchmarks.
    extras: { type: 'boolean', default: true },
  },
});

function positiveInt(name: string, raw: string | undefined): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    process.stderr.write(`bench: --${name} must be a whole number, got ${raw}\n`);
    process.exit(64);
  }
  return value;
}

const articles = Math.max(1, positiveInt('articles', values.articles));
const seed = positiveInt('seed', values.seed);
const workers = positiveInt('workers', values.workers);
const batch = Math.max(1, positiveInt('batch', values.batch));
const compromiseArticles = Math.max(1, positiveInt('compromise-articles', values['compromise-articles']));
const loadRuns = Math.max(1, positiveInt('load-runs', values['load-runs']));
const MB = 1024 * 1024;
const say = (line: string): void => void process.stdout.write(`${line}\n`);
const round = (value: number, digits = 2): number => Number(value.toFixed(digits));

/** A Kùzu database file and its write-ahead log. */
async function removeDatabase(path: string): Promise<void> {
  for (const file of [path, `${path}.wal`]) await rm(file, { recursive: true, force: true });
}

const root = await mkdtemp(join(tmpdir(), 'newsgraph-bench-'));
const corpusDir = join(root, 'corpus');
try {
  let started = performance.now();
  const corpusBytes = await writeCorpus(corpusDir, seed, articles);
  say(`corpus: ${articles} articles, ${(corpusBytes / MB).toFixed(1)} MB (seed ${seed}) in ${corpusDir}, written in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const names = (await readdir(corpusDir)).sort();
  const texts = await Promise.all(names.map((name) => readFile(join(corpusDir, name), 'utf8')));

  const ours = measureOurExtraction(texts);
  say(`(a) extraction, 1 thread: ${ours.mbPerSecond.toFixed(2)} MB/s, ${ours.articlesPerSecond.toFixed(0)} articles/s (${ours.articles} articles in ${ours.seconds.toFixed(2)} s)`);

  const theirs = measureCompromise(texts, compromiseArticles);
  const extrapolated = theirs.articles < texts.length ? `; timed on the first ${theirs.articles} of ${texts.length} articles, the whole corpus would take ~${(corpusBytes / MB / theirs.mbPerSecond).toFixed(0)} s` : '';
  say(`(b) compromise nlp(text), 1 thread: ${theirs.mbPerSecond.toFixed(2)} MB/s, ${theirs.articlesPerSecond.toFixed(0)} articles/s${extrapolated}`);
  const ratio = ours.mbPerSecond / theirs.mbPerSecond;
  say(`    ours is ${ratio.toFixed(1)}x compromise`);

  // A single run on a small shared machine moves by ~10% from one minute to the next: time the
  // load several times, each into a fresh database, and report the median run (all are printed).
  const loads = [];
  for (let run = 0; run < loadRuns; run++) {
    await removeDatabase(join(root, 'bench.kuzu'));
    loads.push(await measureLoad(corpusDir, join(root, 'bench.kuzu'), workers, batch));
  }
  const byWall = [...loads].sort((a, b) => a.wallSeconds - b.wallSeconds);
  const load = byWall[Math.floor(byWall.length / 2)]!; // of an even number, the slower middle one
  if (loads.length > 1) say(`(c) load runs, end to end: ${loads.map((l) => `${l.wallSeconds.toFixed(2)} s`).join(', ')}; the median run's figures follow`);
  const r = load.report;
  const loadArticlesPerSecond = r.loaded / load.wallSeconds;
  // Edges = every relationship written: the extracted relations plus the Article-MENTIONS-entity links.
  const loadEdgesPerSecond = load.storedRelationships / load.wallSeconds;
  say(
    `(c) newsgraph load into a fresh Kùzu db (the bulk path), ${workers} worker${workers === 1 ? "" : "s"}, batches of ${batch}: ${r.loaded} articles (${r.skipped.length} skipped) in ${load.wallSeconds.toFixed(1)} s end to end ` +
      `(${r.seconds.toFixed(1)} s by its own report, start-up excluded): ${loadArticlesPerSecond.toFixed(0)} articles/s, ${loadEdgesPerSecond.toFixed(0)} edges/s`,
  );
  say(
    `    edges = all ${load.storedRelationships} relationships in the fresh database, MENTIONS included (${r.edges} extracted relations, ` +
      `${load.storedRelationships - r.edges} MENTIONS); relations alone: ${(r.edges / load.wallSeconds).toFixed(0)}/s; entity nodes: ${r.nodes} written (merged), ${r.extractedNodes} extracted`,
  );
  const peakRss = Math.max(...loads.map(peakRssOf));
  say(`(d) peak RSS of the load process (main thread + workers), highest of the runs: ${peakRss} MB (getrusage, and sampling /proc)`);

  // The path every load into a database that already holds articles takes (see README, bulk path).
  const batched = await measureLoad(corpusDir, join(root, 'batched.kuzu'), workers, batch, ['--no-bulk']);
  say(
    `(c2) the same load batch by batch (--no-bulk; what a load into a non-empty database does): ${batched.wallSeconds.toFixed(1)} s end to end, ` +
      `${(batched.report.loaded / batched.wallSeconds).toFixed(0)} articles/s, ${(batched.storedRelationships / batched.wallSeconds).toFixed(0)} edges/s, ` +
      `peak RSS ${peakRssOf(batched)} MB`,
  );
  await removeDatabase(join(root, 'batched.kuzu'));

  const extra: Record<string, unknown> = {};
  for (const name of values.extras ? (['store', 'viewer'] as const) : []) {
    const result = await runOptionalBench(name, { corpusDir, dbPath: join(root, 'bench.kuzu'), articles, seed, say });
    if (result !== undefined) extra[name] = result;
  }

  say(
    JSON.stringify({
      extract_mb_s: round(ours.mbPerSecond),
      compromise_mb_s: round(theirs.mbPerSecond),
      ratio_vs_compromise: round(ratio, 1),
      load_articles_s: round(loadArticlesPerSecond, 0),
      load_edges_s: round(loadEdgesPerSecond, 0),
      peak_rss_mb: Math.round(peakRss),
      ...extra,
    }),
  );
} finally {
  if (values.keep) process.stderr.write(`bench: kept ${root}\n`);
  else await rm(root, { recursive: true, force: true });
}
