// Viewer benchmark: a generated graph of 10,000 nodes and 50,000 edges served by the real viewer
// server and opened in headless Chromium. Measures, from navigation start: graph data received,
// first frame drawn, and layout settled (ForceAtlas2 until still, then Noverlap).
// Run alone: node --import tsx test/bench/viewer.ts [--nodes 10000] [--edges 50000] [--seed 1]
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { SerializedNewsGraph } from '../../src/graph/model.ts';
import { ENTITY_KINDS, RELATION_TYPES } from '../../src/ontology.ts';
import { fileGraphSource } from '../../src/viewer/server/graphSource.ts';
import { startViewerServer } from '../../src/viewer/server/server.ts';
import { launchChromium, type ViewerWindow } from '../viewer/browser.ts';
import { seededRandom } from './corpus.ts';

export interface ViewerBenchOptions {
  nodes: number;
  edges: number;
  seed: number;
  say: (line: string) => void;
}

export interface ViewerBenchResult {
  nodes: number;
  edges: number;
  payloadMb: number;
  dataLoadedMs: number;
  /** Graph built from the JSON, and sigma constructed (its first frame drawn). */
  graphBuiltMs: number;
  rendererCreatedMs: number;
  firstFrameMs: number;
  noverlapStartedMs: number;
  layoutSettledMs: number;
  /** When the edges (hidden during a big graph's layout) were on screen. */
  edgesDrawnMs: number;
  /** True when ForceAtlas2 hit its time cap instead of coming to rest. */
  layoutCapped: boolean;
}

/**
 * News-like structure: a few hubs (states everybody acts on) from preferential attachment,
 * kinds and relations skewed the way real extractions are.
 */
export function generateBenchGraph(nodeCount: number, edgeCount: number, seed: number): SerializedNewsGraph {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[], weights: readonly number[]): T => {
    const total = weights.reduce((a, b) => a + b, 0);
    let r = random() * total;
    for (const [i, item] of items.entries()) {
      r -= weights[i] ?? 0;
      if (r <= 0) return item;
    }
    return items[items.length - 1]!;
  };
  const kindWeights = ENTITY_KINDS.map((kind) => ({ Person: 45, State: 5, Agency: 25, Group: 15, Event: 5, Place: 5 })[kind]);
  const relationWeights = RELATION_TYPES.map((_, i) => (i < 4 ? 12 : 4));
  const nodes: SerializedNewsGraph['nodes'] = [];
  for (let i = 0; i < nodeCount; i += 1) {
    const name = `Entity ${i}`;
    nodes.push({ key: `n${i}`, attributes: { name, kind: pick(ENTITY_KINDS, kindWeights), aliases: [name, `E${i}`], articles: [`a-${i % 500}`] } });
  }
  // Every edge end joins this list, so well-connected nodes are picked more often.
  const ends: number[] = [];
  const edges: SerializedNewsGraph['edges'] = [];
  for (let i = 0; i < edgeCount; i += 1) {
    const source = ends.length && random() < 0.6 ? ends[Math.floor(random() * ends.length)]! : Math.floor(random() * nodeCount);
    let target = ends.length && random() < 0.6 ? ends[Math.floor(random() * ends.length)]! : Math.floor(random() * nodeCount);
    if (target === source) target = (target + 1) % nodeCount;
    ends.push(source, target);
    const relation = pick(RELATION_TYPES, relationWeights);
    edges.push({
      key: `e${i}`,
      source: `n${source}`,
      target: `n${target}`,
      attributes: { relation, evidence: `Entity ${source} ${relation.toLowerCase()} Entity ${target}, officials said on Monday.`, start: 0, end: 60, article: `a-${i % 500}`, confidence: 0.8 },
    });
  }
  return { options: { type: 'directed', multi: true, allowSelfLoops: false }, attributes: {}, nodes, edges };
}

export async function measureViewer(options: ViewerBenchOptions): Promise<ViewerBenchResult> {
  const dir = await mkdtemp(join(tmpdir(), 'newsgraph-viewer-bench-'));
  const file = join(dir, 'graph.json');
  const json = JSON.stringify(generateBenchGraph(options.nodes, options.edges, options.seed));
  await writeFile(file, json);
  const server = await startViewerServer({ source: await fileGraphSource(file), port: 0 });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(server.url);
    await page.waitForFunction(() => {
      const hook = (window as ViewerWindow).__newsgraph;
      if (hook?.error) throw new Error(hook.error);
      return hook?.timings.layoutSettled !== undefined && (hook.timings.edgesDrawn !== undefined || hook.drawn().edges > 0 || hook.drawn().nodes === 0);
    }, null, { timeout: 300_000, polling: 200 });
    const timings = await page.evaluate(() => (window as ViewerWindow).__newsgraph!.timings);
    const marks = Object.fromEntries(await page.evaluate(() => performance.getEntriesByType('mark').map((mark) => [mark.name, mark.startTime] as const)));
    return {
      nodes: options.nodes,
      edges: options.edges,
      payloadMb: json.length / 1024 / 1024,
      dataLoadedMs: timings.dataLoaded ?? NaN,
      graphBuiltMs: marks['newsgraph:graph-built'] ?? NaN,
      rendererCreatedMs: marks['newsgraph:renderer-created'] ?? NaN,
      firstFrameMs: timings.firstFrame ?? NaN,
      noverlapStartedMs: timings.noverlapStarted ?? NaN,
      layoutSettledMs: timings.layoutSettled ?? NaN,
      edgesDrawnMs: timings.edgesDrawn ?? timings.layoutSettled ?? NaN,
      layoutCapped: timings.layoutCapped ?? false,
    };
  } finally {
    await browser.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** Entry point for `npm run bench` (test/bench/optionalBench.ts calls it with its context). */
export async function bench(context: { seed?: number; say?: (line: string) => void } = {}): Promise<Record<string, number | boolean>> {
  const say = context.say ?? ((line: string) => void process.stdout.write(`${line}\n`));
  const result = await measureViewer({ nodes: 10_000, edges: 50_000, seed: context.seed ?? 1, say });
  report(result, say);
  return {
    viewer_first_frame_ms: Math.round(result.firstFrameMs),
    viewer_layout_settled_ms: Math.round(result.layoutSettledMs),
    viewer_edges_drawn_ms: Math.round(result.edgesDrawnMs),
    viewer_layout_capped: result.layoutCapped,
  };
}

function report(result: ViewerBenchResult, say: (line: string) => void): void {
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  say(
    `(viewer) ${result.nodes.toLocaleString('en')} nodes, ${result.edges.toLocaleString('en')} edges (${result.payloadMb.toFixed(1)} MB of JSON), headless Chromium (SwiftShader WebGL), from navigation start: ` +
      `data ${s(result.dataLoadedMs)}, graph built ${s(result.graphBuiltMs)}, sigma drawn ${s(result.rendererCreatedMs)}, first frame on screen ${s(result.firstFrameMs)}, ForceAtlas2 done ${s(result.noverlapStartedMs)}, layout settled ${s(result.layoutSettledMs)}, edges on screen ${s(result.edgesDrawnMs)}` +
      (result.layoutCapped ? ' (ForceAtlas2 stopped at its time cap, not at rest)' : ''),
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { nodes: { type: 'string', default: '10000' }, edges: { type: 'string', default: '50000' }, seed: { type: 'string', default: '1' } } });
  const say = (line: string) => void process.stdout.write(`${line}\n`);
  const result = await measureViewer({ nodes: Number(values.nodes), edges: Number(values.edges), seed: Number(values.seed), say });
  report(result, say);
}
