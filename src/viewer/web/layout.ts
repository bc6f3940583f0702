// The layout: ForceAtlas2 in a web worker until the nodes stop moving (the UI stays responsive
// meanwhile), then a bounded Noverlap pass so no two nodes sit on each other.
import FA2LayoutModule from 'graphology-layout-forceatlas2/worker.js';
import { inferSettings } from 'graphology-layout-forceatlas2';
import noverlapModule from 'graphology-layout-noverlap';
import { MultiDirectedGraph } from 'graphology';
import type Sigma from 'sigma';
import type { ViewerEdge, ViewerGraph, ViewerNode } from './viewerGraph.ts';

// Both packages are CommonJS (`module.exports = ...`) behind an `export default` typing, so under
// NodeNext TypeScript sees a namespace where the bundle holds the export itself.
const FA2Layout = FA2LayoutModule as unknown as typeof FA2LayoutModule.default;
const noverlap = noverlapModule as unknown as typeof noverlapModule.default;

export type LayoutPhase = 'forces' | 'noverlap' | 'settled' | 'stopped';

export interface LayoutHandle {
  phase(): LayoutPhase;
  stop(): void;
}

export interface LayoutOptions {
  onPhase?: (phase: LayoutPhase, info: { elapsedMs: number; capped: boolean }) => void;
}

const SAMPLE_MS = 250;
/**
 * Mean node movement per second, as a share of the drawing's diagonal, below which FA2 is done.
 * FA2 never comes to rest exactly (nodes keep swinging by a pixel or two), so this is the
 * "nobody can see it move any more" speed, not zero.
 */
const SETTLED_SPEED = 0.01;
const CALM_SAMPLES_NEEDED = 2;
/** Noverlap converges in a few iterations on news graphs; big ones get fewer, within a budget. */
function noverlapIterations(order: number): number {
  return order > 5_000 ? 10 : order > 1_000 ? 25 : 80;
}
const NOVERLAP_BUDGET_MS = 1_500;

function graphUnitsPerPixel(renderer: Sigma<ViewerNode, ViewerEdge>): number {
  const unzoomed = { cameraState: { x: 0.5, y: 0.5, ratio: 1, angle: 0 } };
  const a = renderer.viewportToGraph({ x: 0, y: 0 }, unzoomed);
  const b = renderer.viewportToGraph({ x: 100, y: 0 }, unzoomed);
  return Math.hypot(b.x - a.x, b.y - a.y) / 100 || 1;
}

/** Large graphs get longer, but never unbounded: FA2 can swing forever on some structures. */
function timeCapMs(order: number): number {
  return Math.min(25_000, 4_000 + order * 2);
}

type Positions = MultiDirectedGraph<{ x: number; y: number }>;

/** A bare copy (positions and edges only) for FA2 to work on, away from what sigma draws. */
function layoutCopy(graph: ViewerGraph): Positions {
  const copy: Positions = new MultiDirectedGraph({ allowSelfLoops: true });
  graph.forEachNode((node, attributes) => copy.addNode(node, { x: attributes.x, y: attributes.y }));
  graph.forEachEdge((_edge, _attributes, source, target) => copy.addEdge(source, target));
  return copy;
}

/**
 * How often positions are copied to the drawn graph. Each copy makes sigma re-process every node
 * and edge; on a big graph that costs far more than an FA2 iteration, so drawing every iteration
 * would throttle the layout to the renderer's pace.
 */
function drawIntervalMs(graph: ViewerGraph): number {
  const items = graph.order + graph.size;
  return items < 5_000 ? 0 : items < 30_000 ? 250 : 1_000;
}

function copyPositions(from: Positions, to: ViewerGraph): void {
  to.updateEachNodeAttributes(
    (node, attributes) => {
      attributes.x = from.getNodeAttribute(node, 'x');
      attributes.y = from.getNodeAttribute(node, 'y');
      return attributes;
    },
    { attributes: ['x', 'y'] },
  );
}

function snapshot(graph: Positions): Float64Array {
  const positions = new Float64Array(graph.order * 2);
  let i = 0;
  graph.forEachNode((_node, attributes) => {
    positions[i++] = attributes.x;
    positions[i++] = attributes.y;
  });
  return positions;
}

/** Mean displacement between two snapshots relative to the current bounding-box diagonal. */
function relativeMovement(before: Float64Array, after: Float64Array): number {
  const count = after.length / 2;
  if (count === 0 || before.length !== after.length) return 0;
  let moved = 0;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < after.length; i += 2) {
    const x = after[i] as number;
    const y = after[i + 1] as number;
    moved += Math.hypot(x - (before[i] as number), y - (before[i + 1] as number));
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  const diagonal = Math.hypot(maxX - minX, maxY - minY) || 1;
  return moved / count / diagonal;
}

export function startLayout(graph: ViewerGraph, renderer: Sigma<ViewerNode, ViewerEdge>, options: LayoutOptions = {}): LayoutHandle {
  const started = performance.now();
  let phase: LayoutPhase = 'forces';
  const setPhase = (next: LayoutPhase, capped = false) => {
    phase = next;
    options.onPhase?.(next, { elapsedMs: performance.now() - started, capped });
  };

  if (graph.order < 2) {
    queueMicrotask(() => setPhase('settled'));
    return { phase: () => phase, stop() {} };
  }

  const positions = layoutCopy(graph);
  const forces = new FA2Layout(positions, {
    // Strong gravity keeps small components and lone entities from drifting to the far edges;
    // gravity 1 would pack a big graph into a ball, so it eases off as the graph grows.
    settings: { ...inferSettings(graph), barnesHutOptimize: graph.order > 1000, strongGravityMode: true, gravity: graph.order <= 100 ? 1 : 0.1 },
  });

  // The worker's first answer can take longer than a sample on big graphs: a sample with no
  // iteration in it says nothing about convergence.
  let iterations = 0;
  const countIteration = () => {
    iterations += 1;
  };
  positions.on('eachNodeAttributesUpdated', countIteration);

  // Draw what FA2 has so far: every frame on small graphs (the analyst watches it unfold),
  // less often on big ones.
  const interval = drawIntervalMs(graph);
  let drawHandle = 0;
  let lastDraw = performance.now();
  const drawLoop = () => {
    const now = performance.now();
    if (now - lastDraw >= interval) {
      lastDraw = now;
      copyPositions(positions, graph);
    }
    drawHandle = requestAnimationFrame(drawLoop);
  };
  drawHandle = requestAnimationFrame(drawLoop);

  let previous = snapshot(positions);
  let calmSamples = 0;
  const stopForces = () => {
    window.clearInterval(sampler);
    cancelAnimationFrame(drawHandle);
    positions.off('eachNodeAttributesUpdated', countIteration);
    forces.kill();
    copyPositions(positions, graph);
  };

  const startNoverlap = (capped: boolean) => {
    stopForces();
    setPhase('noverlap', capped);
    // Synchronous and bounded, after one frame so the FA2 result is seen first. (The worker
    // version re-renders the whole graph after each of its iterations.)
    window.setTimeout(() => {
      if (phase !== 'noverlap') return;
      const unitsPerPixel = graphUnitsPerPixel(renderer);
      const budgetEnds = performance.now() + NOVERLAP_BUDGET_MS;
      // One iteration per call, so a dense graph cannot hold the page for long.
      for (let i = 0; i < noverlapIterations(graph.order) && performance.now() < budgetEnds; i += 1) {
        noverlap.assign(graph, {
          maxIterations: 1,
          // A finer grid for bigger graphs: each cell compares all the nodes it holds, pairwise.
          settings: { margin: 4 * unitsPerPixel, ratio: 1.15, speed: 3, gridSize: Math.max(20, Math.round(Math.sqrt(graph.order) * 1.5)) },
          // Sigma sizes are screen pixels: convert them to graph units at the unzoomed camera, so
          // the result does not depend on where the analyst has panned or zoomed meanwhile.
          inputReducer: (_key, attributes) => ({ x: attributes.x, y: attributes.y, size: (attributes.size ?? 1) * unitsPerPixel }),
          outputReducer: (_key, position) => ({ x: position.x, y: position.y }),
        });
      }
      setPhase('settled', capped);
    }, 0);
  };

  const sampler = window.setInterval(() => {
    const capped = performance.now() - started > timeCapMs(graph.order);
    if (iterations === 0 && !capped) return;
    iterations = 0;
    const current = snapshot(positions);
    const speed = relativeMovement(previous, current) / (SAMPLE_MS / 1000);
    previous = current;
    calmSamples = speed < SETTLED_SPEED ? calmSamples + 1 : 0;
    if (calmSamples >= CALM_SAMPLES_NEEDED || capped) startNoverlap(capped && calmSamples < CALM_SAMPLES_NEEDED);
  }, SAMPLE_MS);

  forces.start();

  return {
    phase: () => phase,
    stop() {
      if (phase === 'forces') stopForces();
      if (phase !== 'settled') setPhase('stopped');
    },
  };
}
