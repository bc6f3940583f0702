// The layout: ForceAtlas2 in a web worker until the nodes stop moving, then Noverlap (also in a
// worker) so no two nodes sit on each other. The UI stays responsive throughout.
import FA2LayoutModule from 'graphology-layout-forceatlas2/worker.js';
import { inferSettings } from 'graphology-layout-forceatlas2';
import NoverlapLayoutModule from 'graphology-layout-noverlap/worker.js';
import type Sigma from 'sigma';
import type { ViewerEdge, ViewerGraph, ViewerNode } from './viewerGraph.ts';

// Both packages are CommonJS (`module.exports = Supervisor`) behind an `export default` typing,
// so under NodeNext TypeScript sees a namespace where the bundle holds the class itself.
const FA2Layout = FA2LayoutModule as unknown as typeof FA2LayoutModule.default;
const NoverlapLayout = NoverlapLayoutModule as unknown as typeof NoverlapLayoutModule.default;
type NoverlapLayout = InstanceType<typeof NoverlapLayout>;

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
/** Noverlap converges in a few hundred ms on real graphs; a dense one is cut off here. */
const NOVERLAP_CAP_MS = 5_000;

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

function snapshot(graph: ViewerGraph): Float64Array {
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

  const settings = inferSettings(graph);
  const forces = new FA2Layout(graph, {
    // Hubs (a state named in every article) are dissuaded from pulling everything into one knot;
    // strong gravity keeps small components and lone entities from drifting to the far edges.
    settings: { ...settings, barnesHutOptimize: graph.order > 1000, outboundAttractionDistribution: true, strongGravityMode: true, gravity: 1 },
  });
  let noverlap: NoverlapLayout | null = null;
  let previous = snapshot(graph);
  let calmSamples = 0;
  // The worker's first answer can take longer than a sample on big graphs: a sample with no
  // update in it says nothing about convergence.
  let updates = 0;
  const countUpdate = () => {
    updates += 1;
  };
  graph.on('eachNodeAttributesUpdated', countUpdate);

  let noverlapTimer = 0;
  let forcesCapped = false;
  const finish = () => {
    window.clearTimeout(noverlapTimer);
    noverlap?.kill();
    noverlap = null;
    if (phase === 'noverlap') setPhase('settled', forcesCapped);
  };

  const startNoverlap = (capped: boolean) => {
    window.clearInterval(timer);
    graph.off('eachNodeAttributesUpdated', countUpdate);
    forces.kill();
    forcesCapped = capped;
    setPhase('noverlap', capped);
    const unitsPerPixel = graphUnitsPerPixel(renderer);
    noverlap = new NoverlapLayout(graph, {
      settings: { margin: 4 * unitsPerPixel, ratio: 1.15, speed: 3, gridSize: 20 },
      // Sigma sizes are screen pixels: convert them to graph units at the unzoomed camera, so
      // the result does not depend on where the analyst has panned or zoomed meanwhile.
      inputReducer: (_key, attributes) => ({ x: attributes.x, y: attributes.y, size: (attributes.size ?? 1) * unitsPerPixel }),
      outputReducer: (_key, position) => ({ x: position.x, y: position.y }),
      onConverged: finish,
    });
    noverlapTimer = window.setTimeout(finish, NOVERLAP_CAP_MS);
    noverlap.start();
  };

  const timer = window.setInterval(() => {
    const capped = performance.now() - started > timeCapMs(graph.order);
    if (updates === 0 && !capped) return;
    updates = 0;
    const current = snapshot(graph);
    const speed = relativeMovement(previous, current) / (SAMPLE_MS / 1000);
    previous = current;
    calmSamples = speed < SETTLED_SPEED ? calmSamples + 1 : 0;
    if (calmSamples >= CALM_SAMPLES_NEEDED || capped) startNoverlap(capped && calmSamples < CALM_SAMPLES_NEEDED);
  }, SAMPLE_MS);

  forces.start();

  return {
    phase: () => phase,
    stop() {
      window.clearInterval(timer);
      graph.off('eachNodeAttributesUpdated', countUpdate);
      forces.kill();
      window.clearTimeout(noverlapTimer);
      noverlap?.kill();
      noverlap = null;
      if (phase !== 'settled') setPhase('stopped');
    },
  };
}
