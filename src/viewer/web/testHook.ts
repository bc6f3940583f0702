// A small read-only window into the running page, for the browser tests and the benchmark.
// It exposes what sigma actually decided to draw, so tests assert on the renderer's state.
import type Sigma from 'sigma';
import type { LayoutPhase } from './layout.ts';
import type { ViewState } from './state.ts';
import type { ViewerEdge, ViewerGraph, ViewerNode } from './viewerGraph.ts';

export interface ViewerTimings {
  /** ms since navigation start. */
  dataLoaded?: number;
  firstFrame?: number;
  /** When ForceAtlas2 handed over to Noverlap. */
  noverlapStarted?: number;
  layoutSettled?: number;
  /** Big graphs only: when the edges, hidden during the layout, were on screen. */
  edgesDrawn?: number;
  layoutCapped?: boolean;
}

export interface NewsgraphHook {
  ready: boolean;
  error?: string;
  layoutPhase: LayoutPhase | 'none';
  timings: ViewerTimings;
  state(): ViewState;
  /** Counts of what sigma currently draws (not hidden), overall and per relation. */
  drawn(): { nodes: number; edges: number; relations: Record<string, number> };
  /** Viewport position of a node, to click or hover it. */
  nodePosition(node: string): { x: number; y: number } | null;
  /** The sigma instance itself, for profiling from the benchmark. */
  renderer?: unknown;
  /** What sigma draws for one node or edge after the reducers ran. */
  display(item: 'node' | 'edge', key: string): { color?: string; hidden?: boolean; label?: string | null } | null;
}

declare global {
  interface Window {
    __newsgraph?: NewsgraphHook;
  }
}

export function installHook(hook: NewsgraphHook): NewsgraphHook {
  window.__newsgraph = hook;
  return hook;
}

export function drawnCounts(graph: ViewerGraph, renderer: Sigma<ViewerNode, ViewerEdge>): ReturnType<NewsgraphHook['drawn']> {
  let nodes = 0;
  let edges = 0;
  const relations: Record<string, number> = {};
  graph.forEachNode((node) => {
    if (!renderer.getNodeDisplayData(node)?.hidden) nodes += 1;
  });
  graph.forEachEdge((edge, attributes) => {
    if (renderer.getEdgeDisplayData(edge)?.hidden) return;
    edges += 1;
    relations[attributes.relation] = (relations[attributes.relation] ?? 0) + 1;
  });
  return { nodes, edges, relations };
}
