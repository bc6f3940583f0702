// Sigma reducers: how the state (filters, hover, selection) changes what is drawn, without
// touching the graph's own attributes.
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { DIMMED_EDGE, DIMMED_NODE } from './palette.ts';
import type { ViewState } from './state.ts';
import { isCurved, type ViewerEdge, type ViewerGraph, type ViewerNode } from './viewerGraph.ts';

export interface Visibility {
  nodeVisible(node: string): boolean;
  edgeVisible(edge: string): boolean;
}

/** Filters only (not hover): what "the visible graph" means for counts and exports. */
export function visibility(graph: ViewerGraph, state: ViewState): Visibility {
  const nodeVisible = (node: string) => !state.hiddenKinds.has(graph.getNodeAttribute(node, 'kind'));
  return {
    nodeVisible,
    edgeVisible: (edge) =>
      !state.hiddenRelations.has(graph.getEdgeAttribute(edge, 'relation')) &&
      nodeVisible(graph.source(edge)) &&
      nodeVisible(graph.target(edge)),
  };
}

/**
 * What is highlighted while the rest is dimmed: the hovered node and its neighbours, else the
 * selected node and its neighbours, else the selected edge and its two ends.
 */
interface Focus {
  key: string;
  nodes: ReadonlySet<string>;
  centre: string | null;
  edge: string | null;
}

function computeFocus(graph: ViewerGraph, state: ViewState): Focus | null {
  const centre = [state.hoveredNode, state.selectedNode].find((node): node is string => !!node && graph.hasNode(node));
  if (centre) return { key: `n:${centre}`, nodes: new Set([centre, ...graph.neighbors(centre)]), centre, edge: null };
  if (state.selectedEdge && graph.hasEdge(state.selectedEdge)) {
    const edge = state.selectedEdge;
    return { key: `e:${edge}`, nodes: new Set([graph.source(edge), graph.target(edge)]), centre: null, edge };
  }
  return null;
}

function focusKey(state: ViewState): string {
  return `${state.hoveredNode ?? ''}|${state.selectedNode ?? ''}|${state.selectedEdge ?? ''}`;
}

/**
 * `edgesSuspended`: true while a big graph is being laid out. Drawing tens of thousands of edges
 * whose ends move every frame costs more than the layout itself (and, in software WebGL, many
 * seconds a frame) while showing only a hairball; the nodes alone show the layout's progress.
 */
export function createReducers(graph: ViewerGraph, getState: () => ViewState, edgesSuspended: () => boolean = () => false) {
  // On a dense graph, edge labels only where the analyst looks (focus, hover, selection).
  const quietEdgeLabels = graph.size > 2_000;
  // Recomputed only when hover or selection changes, not for every node of every frame.
  let cachedKey: string | null = null;
  let cachedFocus: Focus | null = null;
  const focusFor = (state: ViewState): Focus | null => {
    const key = focusKey(state);
    if (key !== cachedKey) {
      cachedKey = key;
      cachedFocus = computeFocus(graph, state);
    }
    return cachedFocus;
  };

  const nodeReducer = (node: string, data: ViewerNode): Partial<NodeDisplayData> => {
    const state = getState();
    // Only the display fields: this runs for every node on every frame while the layout moves.
    const result: Partial<NodeDisplayData> = { x: data.x, y: data.y, size: data.size, color: data.color, label: data.label };
    if (state.hiddenKinds.has(data.kind)) return { ...result, hidden: true };
    if (node === state.selectedNode) {
      result.highlighted = true;
      result.zIndex = 2;
    }
    const focus = focusFor(state);
    if (focus) {
      if (focus.nodes.has(node)) {
        result.forceLabel = true;
        result.zIndex = Math.max(result.zIndex ?? 0, 1);
      } else {
        result.color = DIMMED_NODE;
        result.label = '';
        result.zIndex = 0;
      }
    }
    return result;
  };

  const edgeReducer = (edge: string, data: ViewerEdge): Partial<EdgeDisplayData> => {
    if (edgesSuspended()) return { hidden: true };
    const state = getState();
    const result: Partial<EdgeDisplayData> & { curvature?: number } = {
      size: data.size,
      color: data.color,
      label: data.label,
      type: isCurved(data) ? 'curvedArrow' : 'arrow',
      ...(isCurved(data) ? { curvature: data.curvature } : {}),
    };
    if (quietEdgeLabels) result.label = '';
    const source = graph.source(edge);
    const target = graph.target(edge);
    if (
      state.hiddenRelations.has(data.relation) ||
      state.hiddenKinds.has(graph.getNodeAttribute(source, 'kind')) ||
      state.hiddenKinds.has(graph.getNodeAttribute(target, 'kind'))
    ) {
      return { ...result, hidden: true };
    }
    if (edge === state.selectedEdge || edge === state.hoveredEdge) {
      result.label = data.label;
      result.size = Math.max(data.size * 2.2, 3);
      result.forceLabel = true;
      result.zIndex = 2;
    }
    const focus = focusFor(state);
    if (focus) {
      const inFocus = focus.centre ? source === focus.centre || target === focus.centre : edge === focus.edge;
      if (inFocus) {
        result.label = data.label;
        result.forceLabel = true;
        result.size = Math.max(result.size ?? data.size, data.size * 1.5);
        result.zIndex = Math.max(result.zIndex ?? 0, 1);
      } else if (edge !== state.hoveredEdge) {
        result.color = DIMMED_EDGE;
        result.label = '';
        result.zIndex = 0;
      }
    }
    return result;
  };

  return { nodeReducer, edgeReducer };
}
