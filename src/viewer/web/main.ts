// The viewer page: fetch the graph, draw it with sigma, wire the panels to one view state.
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import Sigma from 'sigma';
import { EdgeArrowProgram, type EdgeProgramType } from 'sigma/rendering';
import { GRAPH_ENDPOINT, type GraphPayload } from '../shared/api.ts';
import { byId, h } from './dom.ts';
import { enableNodeDragging, releaseFraming } from './dragNodes.ts';
import { downloadGraphML, downloadPNG } from './exportView.ts';
import { startLayout, type LayoutHandle } from './layout.ts';
import { createReducers, visibility } from './reducers.ts';
import { createSearchIndex } from './searchIndex.ts';
import { EMPTY_STATE, createViewStore, type ViewState } from './state.ts';
import { drawnCounts, installHook, type NewsgraphHook } from './testHook.ts';
import { mountDetails } from './ui/details.ts';
import { mountFilters } from './ui/filters.ts';
import { mountSearch } from './ui/search.ts';
import { readUrlState, writeUrlState } from './urlState.ts';
import { buildViewerGraph, type ViewerEdge, type ViewerGraph, type ViewerNode } from './viewerGraph.ts';

const hook: NewsgraphHook = installHook({
  ready: false,
  layoutPhase: 'none',
  timings: {},
  state: () => EMPTY_STATE,
  drawn: () => ({ nodes: 0, edges: 0, relations: {} }),
  nodePosition: () => null,
  display: () => null,
});

/** Runs once the frame being prepared now has been presented. */
function afterNextPaint(callback: () => void): void {
  requestAnimationFrame(() => requestAnimationFrame(() => callback()));
}

function showMessage(text: string, isError = false): void {
  const overlay = byId('message');
  overlay.replaceChildren(h('p', {}, text));
  overlay.classList.toggle('error', isError);
  overlay.hidden = false;
}

async function fetchGraph(): Promise<GraphPayload> {
  const response = await fetch(GRAPH_ENDPOINT, { headers: { Accept: 'application/json' } });
  const body = (await response.json()) as GraphPayload | { error: string };
  if (!response.ok || 'error' in body) throw new Error('error' in body ? body.error : `HTTP ${response.status}`);
  return body;
}

/** The state in the URL, less anything that does not exist in this graph. */
function initialState(graph: ViewerGraph): ViewState {
  const fromUrl = readUrlState(window.location.search);
  return {
    ...EMPTY_STATE,
    hiddenKinds: fromUrl.hiddenKinds ?? new Set(),
    hiddenRelations: fromUrl.hiddenRelations ?? new Set(),
    selectedNode: fromUrl.selectedNode && graph.hasNode(fromUrl.selectedNode) ? fromUrl.selectedNode : null,
    selectedEdge: fromUrl.selectedEdge && graph.hasEdge(fromUrl.selectedEdge) ? fromUrl.selectedEdge : null,
  };
}

// The programs are written for any attributes; ours only add fields they ignore.
type EdgeProgram = EdgeProgramType<ViewerNode, ViewerEdge>;

/** Above this many edges, edges are hidden while the layout runs (see createReducers). */
const LARGE_GRAPH_EDGES = 20_000;

function createRenderer(graph: ViewerGraph, container: HTMLElement, getState: () => ViewState, edgesSuspended: () => boolean): Sigma<ViewerNode, ViewerEdge> {
  const { nodeReducer, edgeReducer } = createReducers(graph, getState, edgesSuspended);
  const large = graph.size > LARGE_GRAPH_EDGES;
  return new Sigma<ViewerNode, ViewerEdge>(graph, container, {
    nodeReducer,
    edgeReducer,
    defaultEdgeType: 'arrow',
    edgeProgramClasses: { arrow: EdgeArrowProgram as unknown as EdgeProgram, curvedArrow: EdgeCurvedArrowProgram as unknown as EdgeProgram },
    renderEdgeLabels: !large,
    enableEdgeEvents: !large,
    hideEdgesOnMove: large,
    zIndex: true,
    labelFont: 'Inter, "Segoe UI", system-ui, -apple-system, sans-serif',
    labelSize: 13,
    labelWeight: '500',
    labelColor: { color: '#1d2530' },
    edgeLabelFont: 'Inter, "Segoe UI", system-ui, -apple-system, sans-serif',
    edgeLabelSize: 10,
    edgeLabelWeight: '600',
    edgeLabelColor: { attribute: 'color' },
    labelDensity: 0.8,
    labelGridCellSize: 90,
    labelRenderedSizeThreshold: graph.order > 300 ? 8 : 0,
    // Labels run to the right of their node: leave room for them at the edges.
    stagePadding: 80,
    minCameraRatio: 0.01,
    maxCameraRatio: 8,
  });
}

async function main(): Promise<void> {
  let payload: GraphPayload;
  try {
    payload = await fetchGraph();
  } catch (error) {
    hook.error = (error as Error).message;
    showMessage(`Could not load the graph: ${(error as Error).message}`, true);
    return;
  }
  hook.timings.dataLoaded = performance.now();
  byId('origin').textContent = payload.origin;
  const graph = buildViewerGraph(payload.graph);
  performance.mark('newsgraph:graph-built');
  const store = createViewStore(initialState(graph));
  const container = byId('graph');
  // The layout starts as soon as the page is up, so the very first frame already leaves edges out.
  let layoutRunning = true;
  const suspendEdgesDuringLayout = graph.size > LARGE_GRAPH_EDGES;
  const renderer = createRenderer(graph, container, store.get, () => suspendEdgesDuringLayout && layoutRunning);
  performance.mark('newsgraph:renderer-created');
  const currentVisibility = () => visibility(graph, store.get());

  // Sigma drew its first frame inside its constructor; the frame is on screen after the next one.
  afterNextPaint(() => (hook.timings.firstFrame = performance.now()));

  const detailsPanel = byId('details');
  // Sigma's display data holds framed coordinates only once a render has processed it (refreshes
  // are scheduled), so positions are taken from the graph and converted here.
  const framedPosition = (node: string) => renderer.viewportToFramedGraph(renderer.graphToViewport(graph.getNodeAttributes(node)));

  /** Frames the node and its neighbours in the part of the canvas the details panel leaves free. */
  const moveCameraTo = (node: string) => {
    if (!graph.hasNode(node)) return;
    const camera = renderer.getCamera();
    const { width, height } = renderer.getDimensions();
    const covered = detailsPanel.hidden ? 0 : detailsPanel.getBoundingClientRect().width + 12;
    const freeWidth = Math.max(width - covered, width / 3);
    const points = [node, ...graph.neighbors(node)].map(framedPosition);
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    const centre = { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2 };
    // Framed units per pixel at ratio 1; the ratio scales it linearly.
    const unzoomed = { cameraState: { x: 0.5, y: 0.5, angle: 0, ratio: 1 } };
    const perPixel = Math.abs(renderer.viewportToFramedGraph({ x: 100, y: 0 }, unzoomed).x - renderer.viewportToFramedGraph({ x: 0, y: 0 }, unzoomed).x) / 100 || 1;
    const fit = Math.max((Math.max(...xs) - Math.min(...xs)) / (perPixel * freeWidth * 0.6), (Math.max(...ys) - Math.min(...ys)) / (perPixel * height * 0.7));
    const ratio = Math.min(Math.max(fit, 0.08), 1);
    // Shift the centre right by half the covered width, so the framed area sits left of the panel.
    const shift = (covered / 2) * perPixel * ratio;
    camera.animate({ x: centre.x + shift, y: centre.y, ratio }, { duration: 500 });
  };

  const focusNode = (node: string) => {
    const kind = graph.getNodeAttribute(node, 'kind');
    const hiddenKinds = store.get().hiddenKinds;
    // Choosing a node whose kind is filtered out brings that kind back rather than showing nothing.
    const patch: Partial<ViewState> = { selectedNode: node, selectedEdge: null };
    if (hiddenKinds.has(kind)) patch.hiddenKinds = new Set([...hiddenKinds].filter((k) => k !== kind));
    store.update(patch);
    moveCameraTo(node);
  };

  // Hover and selection.
  renderer.on('enterNode', ({ node }) => {
    store.update({ hoveredNode: node });
    container.classList.add('pointer');
  });
  renderer.on('leaveNode', () => {
    store.update({ hoveredNode: null });
    container.classList.remove('pointer');
  });
  renderer.on('enterEdge', ({ edge }) => {
    store.update({ hoveredEdge: edge });
    container.classList.add('pointer');
  });
  renderer.on('leaveEdge', () => {
    store.update({ hoveredEdge: null });
    container.classList.remove('pointer');
  });
  renderer.on('clickNode', ({ node }) => store.update({ selectedNode: node, selectedEdge: null }));
  renderer.on('clickEdge', ({ edge }) => store.update({ selectedEdge: edge, selectedNode: null }));
  renderer.on('clickStage', () => store.update({ selectedNode: null, selectedEdge: null }));
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !(event.target instanceof HTMLInputElement)) store.update({ selectedNode: null, selectedEdge: null });
  });

  // Panels.
  mountFilters(byId('legend'), byId('relations'), graph, store);
  mountSearch({ input: byId<HTMLInputElement>('search'), list: byId<HTMLUListElement>('suggestions'), index: createSearchIndex(graph), onChoose: focusNode });
  mountDetails({ panel: byId('details'), graph, articles: payload.articles, store, visibility: currentVisibility, onFocusNode: focusNode });

  const stats = byId('stats');
  const renderStats = () => {
    const vis = currentVisibility();
    const nodes = graph.filterNodes((node) => vis.nodeVisible(node)).length;
    const edges = graph.filterEdges((edge) => vis.edgeVisible(edge)).length;
    stats.textContent = `${nodes.toLocaleString()} of ${graph.order.toLocaleString()} nodes · ${edges.toLocaleString()} of ${graph.size.toLocaleString()} edges`;
  };

  store.subscribe((state, previous) => {
    writeUrlState(state);
    if (state.hiddenKinds !== previous.hiddenKinds || state.hiddenRelations !== previous.hiddenRelations) renderStats();
    // Scheduled: several updates in one frame (hover, then filters) cost one re-render.
    renderer.refresh({ skipIndexation: true, schedule: true });
  });
  renderStats();
  performance.mark('newsgraph:panels-mounted');

  // Toolbar.
  const layoutStatus = byId('layout-status');
  let layout: LayoutHandle | null = null;
  let initialFocusDone = false;
  const runLayout = () => {
    layout?.stop();
    releaseFraming(renderer);
    hook.timings.layoutSettled = undefined;
    layoutRunning = true;
    layout = startLayout(graph, renderer, {
      onPhase: (phase, info) => {
        hook.layoutPhase = phase;
        const wasRunning = layoutRunning;
        layoutRunning = phase === 'forces' || phase === 'noverlap';
        if (wasRunning !== layoutRunning && suspendEdgesDuringLayout) {
          renderer.refresh({ schedule: true });
          if (!layoutRunning) afterNextPaint(() => (hook.timings.edgesDrawn = performance.now()));
        }
        const edgeNote = suspendEdgesDuringLayout && layoutRunning ? ' (edges appear when it settles)' : '';
        layoutStatus.textContent = (phase === 'forces' ? 'Laying out…' : phase === 'noverlap' ? 'Spreading overlaps…' : phase === 'settled' ? 'Layout settled' : 'Layout stopped') + edgeNote;
        layoutStatus.dataset.phase = phase;
        if (phase === 'noverlap') hook.timings.noverlapStarted = performance.now();
        if (phase === 'settled') {
          hook.timings.layoutSettled = performance.now();
          hook.timings.layoutCapped = info.capped;
          // A shared link names a node: show it once it has stopped moving.
          const selected = store.get().selectedNode;
          if (selected && !initialFocusDone) moveCameraTo(selected);
          initialFocusDone = true;
        }
      },
    });
  };
  enableNodeDragging(graph, renderer, () => layout?.stop());
  byId('zoom-in').addEventListener('click', () => renderer.getCamera().animatedZoom({ duration: 250 }));
  byId('zoom-out').addEventListener('click', () => renderer.getCamera().animatedUnzoom({ duration: 250 }));
  byId('zoom-fit').addEventListener('click', () => renderer.getCamera().animatedReset({ duration: 300 }));
  byId('relayout').addEventListener('click', runLayout);
  byId('stop-layout').addEventListener('click', () => layout?.stop());
  byId('download-graphml').addEventListener('click', () => downloadGraphML(graph, currentVisibility(), 'newsgraph.graphml'));
  byId('download-png').addEventListener('click', () => void downloadPNG(renderer, 'newsgraph'));

  if (graph.order === 0) showMessage('The graph is empty: load some articles first (newsgraph load).');

  Object.assign(hook, {
    state: store.get,
    drawn: () => drawnCounts(graph, renderer),
    nodePosition: (node: string) => (graph.hasNode(node) ? renderer.graphToViewport(graph.getNodeAttributes(node)) : null),
    renderer,
    display: (item: 'node' | 'edge', key: string) => {
      const data = item === 'node' ? renderer.getNodeDisplayData(key) : renderer.getEdgeDisplayData(key);
      return data ? { color: data.color, hidden: data.hidden, label: data.label } : null;
    },
  });
  runLayout();
  hook.ready = true;
}

void main();
